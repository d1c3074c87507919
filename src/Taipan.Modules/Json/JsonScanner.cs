using System.Globalization;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Json;

/// <summary>_json.Scanner (c_make_scanner): scan_once over a str, configured from a JSONDecoder.
/// The parser walks the UTF-16 text; indices given to and returned from Python are code points.</summary>
internal sealed class JsonScanner : PyObject
{
    // Layout ids 46-47 of this assembly's range are _json's.
    public static readonly PyType PyTypeObject = ModuleTypes.Create("_json.Scanner", 46, InitType, subclassable: false);
    private static readonly string[] NewNames = { "context" };
    private static readonly string[] CallNames = { "string", "idx" };

    private readonly bool strict;
    private readonly PyObject objectHook, objectPairsHook, parseFloat, parseInt, parseConstant;
    private readonly KeyMemo memo = new();

    private JsonScanner(PyObject ctx) : base(PyTypeObject)
    {
        strict = PyOps.IsTrue(PyOps.GetAttr(ctx, PyStr.FromAscii("strict")));
        objectHook = PyOps.GetAttr(ctx, PyStr.FromAscii("object_hook"));
        objectPairsHook = PyOps.GetAttr(ctx, PyStr.FromAscii("object_pairs_hook"));
        parseFloat = PyOps.GetAttr(ctx, PyStr.FromAscii("parse_float"));
        parseInt = PyOps.GetAttr(ctx, PyStr.FromAscii("parse_int"));
        parseConstant = PyOps.GetAttr(ctx, PyStr.FromAscii("parse_constant"));
    }

    private static void InitType(PyType t)
    {
        t.New = static (callable, a, kwnames) =>
        {
            var s = ArgParser.Unpack(a, kwnames, "make_scanner", NewNames, 0, 1);
            return new JsonScanner(s[0]!);
        };
        t.Call = static (self, a, kwnames) =>
        {
            var s = ArgParser.Unpack(a, kwnames, "scan_once", CallNames, 0, 2);
            long idx = ArgParser.ToLong(s[1]!);
            if (s[0] is not PyStr doc) throw JsonErrors.NotAString(s[0]!);
            var scanner = (JsonScanner)self;
            try
            {
                var value = scanner.ScanOnce(doc, idx, out int next);
                return PyTuple.Of(value, PyInt.FromLong(JsonErrors.CodePointIndex(doc, next)));
            }
            finally
            {
                scanner.memo.Clear();
            }
        };
        BindingInstaller.AddGetter(t, "strict", static self => PyBool.FromBool(((JsonScanner)self).strict));
        BindingInstaller.AddGetter(t, "object_hook", static self => ((JsonScanner)self).objectHook);
        BindingInstaller.AddGetter(t, "object_pairs_hook", static self => ((JsonScanner)self).objectPairsHook);
        BindingInstaller.AddGetter(t, "parse_float", static self => ((JsonScanner)self).parseFloat);
        BindingInstaller.AddGetter(t, "parse_int", static self => ((JsonScanner)self).parseInt);
        BindingInstaller.AddGetter(t, "parse_constant", static self => ((JsonScanner)self).parseConstant);
    }

    internal PyStr Memoize(ReadOnlySpan<char> text, bool ascii) => memo.Get(text, ascii);

    /// <summary>scan_once_unicode with a code point start index.</summary>
    private PyObject ScanOnce(PyStr doc, long cpIdx, out int next)
    {
        if (cpIdx < 0) throw PyErrors.ValueError("idx cannot be negative");
        if (cpIdx >= doc.Length) throw PyErrors.New(PyTypes.StopIteration, PyTuple.Of(PyInt.FromLong(cpIdx)));
        var ts = ThreadState.Current;
        return Scan(ts, doc, doc.Utf16Offset((int)cpIdx), out next);
    }

    private static bool IsWhitespace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r';

    private PyObject Scan(ThreadState ts, PyStr doc, int idx, out int next)
    {
        var s = doc.Value;
        int length = s.Length;
        if (idx >= length) throw JsonErrors.StopAt(doc, idx);
        switch (s[idx])
        {
            case '"':
                return JsonStrings.Scan(doc, idx + 1, strict, out next);
            case '{':
                ts.EnterRecursiveCall(" while decoding a JSON object from a unicode string");
                try { return ParseObject(ts, doc, idx + 1, out next); }
                finally { ts.LeaveRecursiveCall(); }
            case '[':
                ts.EnterRecursiveCall(" while decoding a JSON array from a unicode string");
                try { return ParseArray(ts, doc, idx + 1, out next); }
                finally { ts.LeaveRecursiveCall(); }
            case 'n':
                if (idx + 3 < length && s[idx + 1] == 'u' && s[idx + 2] == 'l' && s[idx + 3] == 'l')
                {
                    next = idx + 4;
                    return PyNone.Instance;
                }
                break;
            case 't':
                if (idx + 3 < length && s[idx + 1] == 'r' && s[idx + 2] == 'u' && s[idx + 3] == 'e')
                {
                    next = idx + 4;
                    return PyBool.True;
                }
                break;
            case 'f':
                if (idx + 4 < length && s[idx + 1] == 'a' && s[idx + 2] == 'l' && s[idx + 3] == 's' && s[idx + 4] == 'e')
                {
                    next = idx + 5;
                    return PyBool.False;
                }
                break;
            case 'N':
                if (idx + 2 < length && s[idx + 1] == 'a' && s[idx + 2] == 'N') return Constant("NaN", idx, out next);
                break;
            case 'I':
                if (idx + 7 < length && string.CompareOrdinal(s, idx + 1, "nfinity", 0, 7) == 0) return Constant("Infinity", idx, out next);
                break;
            case '-':
                if (idx + 8 < length && string.CompareOrdinal(s, idx + 1, "Infinity", 0, 8) == 0) return Constant("-Infinity", idx, out next);
                break;
        }
        return MatchNumber(doc, idx, out next);
    }

    private PyObject Constant(string name, int idx, out int next)
    {
        next = idx + name.Length;
        return PyOps.Call(parseConstant, new PyObject[] { PyStr.FromAscii(name) });
    }

    private PyObject ParseObject(ThreadState ts, PyStr doc, int idx, out int next)
    {
        var s = doc.Value;
        int endIdx = s.Length - 1;
        bool pairsHook = objectPairsHook != PyNone.Instance;
        PyDict? dict = pairsHook ? null : new PyDict();
        PyList? pairs = pairsHook ? new PyList() : null;
        while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
        if (idx > endIdx || s[idx] != '}')
        {
            while (true)
            {
                if (idx > endIdx || s[idx] != '"')
                    throw JsonErrors.DecodeError("Expecting property name enclosed in double quotes", doc, idx);
                var key = JsonStrings.Scan(doc, idx + 1, strict, out idx, this);
                while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
                if (idx > endIdx || s[idx] != ':') throw JsonErrors.DecodeError("Expecting ':' delimiter", doc, idx);
                idx++;
                while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
                var value = Scan(ts, doc, idx, out idx);
                if (pairs is not null) pairs.Append(PyTuple.Of(key, value));
                else dict!.SetItem(key, key.Hash(), value);
                while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
                if (idx <= endIdx && s[idx] == '}') break;
                if (idx > endIdx || s[idx] != ',') throw JsonErrors.DecodeError("Expecting ',' delimiter", doc, idx);
                idx++;
                while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
            }
        }
        next = idx + 1;
        if (pairs is not null) return PyOps.Call(objectPairsHook, new PyObject[] { pairs });
        if (objectHook != PyNone.Instance) return PyOps.Call(objectHook, new PyObject[] { dict! });
        return dict!;
    }

    private PyObject ParseArray(ThreadState ts, PyStr doc, int idx, out int next)
    {
        var s = doc.Value;
        int endIdx = s.Length - 1;
        var list = new PyList();
        while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
        if (idx > endIdx || s[idx] != ']')
        {
            while (true)
            {
                list.Append(Scan(ts, doc, idx, out idx));
                while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
                if (idx <= endIdx && s[idx] == ']') break;
                if (idx > endIdx || s[idx] != ',') throw JsonErrors.DecodeError("Expecting ',' delimiter", doc, idx);
                idx++;
                while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
            }
        }
        next = idx + 1;
        return list;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>_match_number_unicode: JSON's number grammar, backtracking over an exponent without digits.</summary>
    private PyObject MatchNumber(PyStr doc, int start, out int next)
    {
        var s = doc.Value;
        int endIdx = s.Length - 1;
        int idx = start;
        bool isFloat = false;
        if (s[idx] == '-')
        {
            idx++;
            if (idx > endIdx) throw JsonErrors.StopAt(doc, start);
        }
        if (s[idx] >= '1' && s[idx] <= '9')
        {
            idx++;
            while (idx <= endIdx && IsDigit(s[idx])) idx++;
        }
        else if (s[idx] == '0') idx++;
        else throw JsonErrors.StopAt(doc, start);
        if (idx < endIdx && s[idx] == '.' && IsDigit(s[idx + 1]))
        {
            isFloat = true;
            idx += 2;
            while (idx <= endIdx && IsDigit(s[idx])) idx++;
        }
        if (idx < endIdx && (s[idx] == 'e' || s[idx] == 'E'))
        {
            int eStart = idx;
            idx++;
            if (idx < endIdx && (s[idx] == '-' || s[idx] == '+')) idx++;
            while (idx <= endIdx && IsDigit(s[idx])) idx++;
            if (IsDigit(s[idx - 1])) isFloat = true;
            else idx = eStart;
        }
        next = idx;
        var text = s.AsSpan(start, idx - start);
        if (isFloat)
        {
            if (parseFloat != PyTypes.Float) return PyOps.Call(parseFloat, new PyObject[] { PyStr.FromAscii(text.ToString()) });
            return new PyFloat(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }
        if (parseInt != PyTypes.Int) return PyOps.Call(parseInt, new PyObject[] { PyStr.FromAscii(text.ToString()) });
        // up to 18 digits fit a long
        if (text.Length <= 18)
        {
            long v = 0;
            int k = text[0] == '-' ? 1 : 0;
            for (; k < text.Length; k++) v = v * 10 + (text[k] - '0');
            return PyInt.FromLong(text[0] == '-' ? -v : v);
        }
        return IntText.Parse(text.ToString(), 10, ThreadState.Current.Interp.IntMaxStrDigits);
    }
}
