using Taipan.Runtime;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.String;

/// <summary>
/// _string: the parser behind string.Formatter, sharing str.format's own parser (FormatString).
/// Difference from CPython: both functions parse the whole text up front and return a list
/// iterator, so a malformed template raises at the call rather than at the first next().
/// </summary>
[PyModule("_string")]
internal static partial class StringModule
{
    public static PyModule Create() => NativeModules.FromBindings("_string", InstallPyBindings);

    [PyFunction]
    public static PyObject formatter_parser(PyObject str)
    {
        var s = (str as PyStr ?? throw PyErrors.TypeError($"expected str, got {str.type.Name}")).Value;
        var items = new PyList();
        int pos = 0;
        while (FormatString.NextMarkup(s, ref pos, out var p))
        {
            PyObject literal = PyStr.FromString(s.Substring(p.LiteralStart, p.LiteralEnd - p.LiteralStart));
            PyObject name = PyNone.Instance, spec = PyNone.Instance, conversion = PyNone.Instance;
            if (p.FieldPresent)
            {
                name = PyStr.FromString(s.Substring(p.NameStart, p.NameEnd - p.NameStart));
                spec = p.SpecStart < 0 ? PyStr.Empty : PyStr.FromString(s.Substring(p.SpecStart, p.SpecEnd - p.SpecStart));
                if (p.Conversion != '\0') conversion = PyStr.FromCodePoint(p.Conversion);
            }
            items.Append(PyTuple.Wrap(new[] { literal, name, spec, conversion }));
        }
        return PyOps.GetIter(items);
    }

    [PyFunction]
    public static PyObject formatter_field_name_split(PyObject str)
    {
        var s = (str as PyStr ?? throw PyErrors.TypeError($"expected str, got {str.type.Name}")).Value;
        int rest = FormatString.SplitFirst(s, 0, s.Length, out long index);
        PyObject first = index != -1 ? PyInt.FromLong(index) : PyStr.FromString(s.Substring(0, rest));
        var parts = new PyList();
        int pos = rest;
        while (FormatString.NextNamePart(s, ref pos, s.Length, out bool isAttr, out long idx, out int ns, out int ne))
        {
            PyObject key = idx != -1 ? PyInt.FromLong(idx) : PyStr.FromString(s.Substring(ns, ne - ns));
            parts.Append(PyTuple.Of(isAttr ? PyBool.True : PyBool.False, key));
        }
        return PyTuple.Of(first, PyOps.GetIter(parts));
    }
}
