using System.Text;
using Taipan.Compiler.Lexing;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.UnicodeData;

/// <summary>
/// The functions of unicodedata, shared by the module (Unicode 14.0.0) and the UCD objects
/// (ucd_3_2_0 passes old = true). Names come from the compiler's table, which \N{...} uses too.
/// </summary>
internal static class UcdFunctions
{
    /// <summary>Clinic's int(accept={str}) converter: one code point of a str.</summary>
    /// <summary>Clinic's int(accept={str}) converter: one code point of a str. Functions with a
    /// second parameter say "argument 1".</summary>
    public static int Char(PyObject o, string function, bool numbered = false)
    {
        if (o is PyStr s && s.Length == 1) return s.CodePointAt(0);
        throw PyErrors.TypeError($"{function}() argument{(numbered ? " 1" : "")} must be a unicode character, not {(o == PyNone.Instance ? "None" : o.type.Name)}");
    }

    private static ref readonly UcdTables.Record Record(PyObject chr, string function, bool old, bool numbered = false) =>
        ref UcdTables.Instance.Get(Char(chr, function, numbered), old);

    public static PyObject Decimal(PyObject chr, PyObject? @default, bool old)
    {
        int v = Record(chr, "decimal", old, numbered: true).Decimal;
        if (v != 0) return PyInt.FromLong(v - 1);
        return @default ?? throw PyErrors.ValueError("not a decimal");
    }

    public static PyObject Digit(PyObject chr, PyObject? @default, bool old)
    {
        int v = Record(chr, "digit", old, numbered: true).Digit;
        if (v != 0) return PyInt.FromLong(v - 1);
        return @default ?? throw PyErrors.ValueError("not a digit");
    }

    public static PyObject Numeric(PyObject chr, PyObject? @default, bool old)
    {
        int v = Record(chr, "numeric", old, numbered: true).Numeric;
        if (v != 0) return new PyFloat(UcdTables.Instance.Numerics[v]);
        return @default ?? throw PyErrors.ValueError("not a numeric character");
    }

    public static PyStr Category(PyObject chr, bool old) =>
        PyStr.FromAscii(UcdTables.Instance.Categories[Record(chr, "category", old).Category]);

    public static PyStr Bidirectional(PyObject chr, bool old) =>
        PyStr.FromAscii(UcdTables.Instance.Bidirectionals[Record(chr, "bidirectional", old).Bidirectional]);

    public static PyStr EastAsianWidth(PyObject chr, bool old) =>
        PyStr.FromAscii(UcdTables.Instance.EastAsianWidths[Record(chr, "east_asian_width", old).EastAsianWidth]);

    public static long Combining(PyObject chr, bool old) => Record(chr, "combining", old).Combining;

    public static long Mirrored(PyObject chr, bool old) => Record(chr, "mirrored", old).Mirrored ? 1 : 0;

    public static PyStr Decomposition(PyObject chr, bool old)
    {
        int cp = Char(chr, "decomposition");
        var t = UcdTables.Instance;
        if (old && t.UnassignedInOld(cp)) return PyStr.Empty;
        return t.Decompositions.TryGetValue(cp, out string? d) ? PyStr.FromAscii(d) : PyStr.Empty;
    }

    public static PyObject Name(PyObject chr, PyObject? @default, bool old)
    {
        int cp = Char(chr, "name", numbered: true);
        string? name = old && UcdTables.Instance.UnassignedInOld(cp) ? null : UnicodeNames.NameOf(cp);
        if (name is not null) return PyStr.FromAscii(name);
        return @default ?? throw PyErrors.ValueError("no such name");
    }

    public static PyStr Lookup(PyObject arg, bool old)
    {
        string name;
        if (arg is PyStr s)
        {
            for (int i = 0; i < s.Value.Length; i++)
            {
                char c = s.Value[i];
                if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < s.Value.Length && char.IsLowSurrogate(s.Value[i + 1])))
                {
                    int pos = s.HasAstral ? CodePointIndex(s.Value, i) : i;
                    throw PyErrors.UnicodeEncodeError("utf-8", s, pos, pos + 1, "surrogates not allowed");
                }
                if (char.IsHighSurrogate(c)) i++;
            }
            name = s.Value;
        }
        else if (arg is PyBytes && Buffers.TryGetSpan(arg, out var bytes))
            name = Encoding.UTF8.GetString(bytes);
        else if (Buffers.TryGetSpan(arg, out _))
            throw PyErrors.TypeError($"lookup() argument must be read-only bytes-like object, not {arg.type.Name}");
        else
            throw PyErrors.TypeError($"a bytes-like object is required, not '{arg.type.Name}'");

        if (Encoding.UTF8.GetByteCount(name) > 256) throw PyErrors.KeyError(PyStr.FromAscii("name too long"));
        if (TryLookup(name, old, out var result)) return result;
        throw PyErrors.KeyError(PyStr.FromString($"undefined character name '{name}'"));
    }

    private static int CodePointIndex(string s, int utf16Index)
    {
        int n = 0;
        for (int i = 0; i < utf16Index; i++, n++)
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        return n;
    }

    private static bool TryLookup(string name, bool old, out PyStr result)
    {
        result = PyStr.Empty;
        if (UnicodeNames.TryLookup(name, out int cp))
        {
            if (old)
            {
                // ucd_3_2_0 knows neither aliases nor characters assigned after 3.2.0 (the
                // algorithmic CJK and Hangul names are not checked, as in CPython).
                bool algorithmic = name.StartsWith("CJK UNIFIED IDEOGRAPH-", StringComparison.Ordinal)
                    || name.StartsWith("HANGUL SYLLABLE ", StringComparison.Ordinal);
                if (!algorithmic)
                {
                    if (UcdTables.Instance.UnassignedInOld(cp)) return false;
                    if (!string.Equals(UnicodeNames.NameOf(cp), name, StringComparison.OrdinalIgnoreCase)) return false;
                }
            }
            result = PyStr.FromCodePoint(cp);
            return true;
        }
        if (old) return false;
        foreach (char c in name)
            if (c >= 0x80) return false;
        if (UcdTables.Instance.NamedSequences.TryGetValue(name.ToUpperInvariant(), out int[]? seq))
        {
            result = PyStr.FromCodePoints(seq);
            return true;
        }
        return false;
    }

    private enum Form { NFC, NFKC, NFD, NFKD }

    // Clinic checks both arguments' types first; an empty string is answered before the form's value is.
    private static (string Form, PyStr Text) Arguments(PyObject form, PyObject unistr, string function) =>
        (ArgParser.ToStr(form, function, "argument 1"),
         unistr as PyStr ?? throw ArgParser.BadArgument(function, "argument 2", "str", unistr));

    private static Form ParseForm(string f) => f switch
    {
        "NFC" => Form.NFC,
        "NFKC" => Form.NFKC,
        "NFD" => Form.NFD,
        "NFKD" => Form.NFKD,
        _ => throw PyErrors.ValueError("invalid normalization form"),
    };

    public static PyObject Normalize(PyObject form, PyObject unistr, bool old)
    {
        var (f, s) = Arguments(form, unistr, "normalize");
        // CPython hands back the argument itself (even a str subclass) when it is empty or already normalized.
        if (s.Length == 0) return s;
        return Apply(ParseForm(f), s, old) ?? s;
    }

    public static bool IsNormalized(PyObject form, PyObject unistr, bool old)
    {
        var (f, s) = Arguments(form, unistr, "is_normalized");
        if (s.Length == 0) return true;
        return Apply(ParseForm(f), s, old) is null;
    }

    /// <summary>The normalized string, or null when it equals the input.</summary>
    private static PyStr? Apply(Form form, PyStr s, bool old)
    {
        if (s.IsAscii) return null; // ASCII is invariant under every form
        var cps = new List<int>(s.Length);
        string v = s.Value;
        for (int i = 0; i < v.Length; i++)
        {
            char c = v[i];
            if (char.IsHighSurrogate(c) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1]))
            {
                cps.Add(char.ConvertToUtf32(c, v[i + 1]));
                i++;
            }
            else cps.Add(c);
        }
        var result = form switch
        {
            Form.NFC => Normalization.Compose(cps, compat: false, old),
            Form.NFKC => Normalization.Compose(cps, compat: true, old),
            Form.NFD => Normalization.Decompose(cps, compat: false, old),
            _ => Normalization.Decompose(cps, compat: true, old),
        };
        if (result.Count == cps.Count)
        {
            bool same = true;
            for (int i = 0; i < cps.Count && same; i++) same = cps[i] == result[i];
            if (same) return null;
        }
        return PyStr.FromCodePoints(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(result));
    }
}
