using System.Globalization;
using System.Text;
using Taipan.Runtime.Interpreter;

namespace Taipan.Runtime.Objects;

/// <summary>
/// The one entry point for text formatting: format(obj, spec) (PyObject_Format), the f-string
/// FORMAT_VALUE conversions (!s !r !a), ascii(), and object.__format__.
/// </summary>
internal static class PyFormat
{
    /// <summary>Longest text a width or precision may ask for: beyond it MemoryError, before .NET's own
    /// string-length limit (about 2**30 chars) could surface as a .NET exception.</summary>
    internal const long MaxResultLength = 500_000_000;

    /// <summary>PyObject_Format: fast paths for exact str/int/float, otherwise type(obj).__format__(obj, spec).</summary>
    public static PyStr Format(PyObject obj, PyStr spec)
    {
        if (spec.Length == 0)
        {
            if (obj.type == PyTypes.Str) return (PyStr)obj;
            if (obj.type == PyTypes.Int) return PyOps.Str(obj);
        }
        if (obj.type == PyTypes.Int) return IntFormat.Format((PyInt)obj, spec);
        if (obj.type == PyTypes.Float) return FloatFormat.Format(obj, ((PyFloat)obj).Value, spec);
        if (obj.type == PyTypes.Str) return StrFormat.Format((PyStr)obj, spec);
        var f = obj.type.Lookup("__format__") ?? throw PyErrors.TypeError($"Type {obj.type.Name} doesn't define __format__");
        var r = EvalLoop.CallWithSelf(f, obj, new PyObject[] { spec }, null);
        return r as PyStr ?? throw PyErrors.TypeError($"__format__ must return a str, not {r.type.Name}");
    }

    /// <summary>FORMAT_VALUE: conversion 0 none, 1 !s, 2 !r, 3 !a; <paramref name="spec"/> null when absent.</summary>
    public static PyStr FormatValue(PyObject v, int conversion, PyObject? spec)
    {
        v = conversion switch
        {
            1 => PyOps.Str(v),
            2 => PyOps.Repr(v),
            3 => Ascii(v),
            _ => v,
        };
        if (spec is null)
        {
            if (v.type == PyTypes.Str) return (PyStr)v;
            return Format(v, PyStr.Empty);
        }
        return Format(v, spec as PyStr ?? throw PyErrors.SystemError("format spec is not a str"));
    }

    /// <summary>object.__format__: str(self), and only for an empty spec.</summary>
    public static PyObject ObjectFormat(PyObject self, PyObject spec)
    {
        var s = spec as PyStr ?? throw PyErrors.TypeError($"__format__() argument must be str, not {spec.type.Name}");
        if (s.Length > 0) throw PyErrors.TypeError($"unsupported format string passed to {self.type.Name}.__format__");
        return PyOps.Str(self);
    }

    /// <summary>One code point as UTF-16; a lone surrogate (legal in a Python str) stays one char.</summary>
    public static string CodePointString(int cp) => cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    /// <summary>ascii(): repr with non-ASCII code points escaped as \xhh, \uhhhh or \Uhhhhhhhh.</summary>
    public static PyStr Ascii(PyObject obj)
    {
        var r = PyOps.Repr(obj);
        return r.MaxCodePoint < 128 ? r : PyStr.FromAscii(EscapeNonAscii(r.Value));
    }

    public static string EscapeNonAscii(string s)
    {
        var sb = new StringBuilder(s.Length + 16);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(s[i], s[++i]);
            if (cp < 128) sb.Append((char)cp);
            else if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
