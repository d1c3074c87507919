using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Csv;

/// <summary>_csv.Dialect: the validated, immutable formatting parameters readers and writers use.
/// Characters are code points; NotSet (-1) never equals a character.</summary>
[PyType("Dialect")]
internal sealed partial class PyDialect : PyObject
{
    public const int NotSet = -1;
    public const int QuoteMinimal = 0, QuoteAll = 1, QuoteNonNumeric = 2, QuoteNone = 3;

    private static readonly string[] ParamNames =
        ["dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];

    public int Delimiter, EscapeChar, QuoteChar, Quoting;
    public bool DoubleQuote, SkipInitialSpace, Strict;
    public string LineTerminator = "\r\n";

    private PyDialect(PyType type) : base(type) { }

    [PyGetter("delimiter")] internal PyObject DelimiterValue => CharValue(Delimiter);
    [PyGetter("escapechar")] internal PyObject EscapeCharValue => CharValue(EscapeChar);
    [PyGetter("quotechar")] internal PyObject QuoteCharValue => CharValue(QuoteChar);
    [PyGetter("lineterminator")] internal PyObject LineTerminatorValue => PyStr.FromString(LineTerminator);
    [PyGetter("quoting")] internal long QuotingValue => Quoting;
    [PyGetter("doublequote")] internal bool DoubleQuoteValue => DoubleQuote;
    [PyGetter("skipinitialspace")] internal bool SkipInitialSpaceValue => SkipInitialSpace;
    [PyGetter("strict")] internal bool StrictValue => Strict;

    private static PyObject CharValue(int c) => c == NotSet ? PyNone.Instance : PyStr.FromString(char.ConvertFromUtf32(c));

    [PyMethod]
    internal PyObject __reduce_ex__(PyObject protocol) => throw PyErrors.TypeError($"cannot pickle '{type.Name[(type.Name.LastIndexOf('.') + 1)..]}' instances");

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) => New((PyType)callable, args, kwnames);
        InstallPyBindings(t);
    }

    /// <summary>dialect_new: a named or object dialect, overridden by keyword parameters, then validated.</summary>
    internal static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos > ParamNames.Length)
            throw PyErrors.TypeError($"function takes at most {ParamNames.Length} arguments ({args.Length} given)");
        var p = new PyObject?[ParamNames.Length];
        for (int i = 0; i < npos; i++) p[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            var key = ((PyStr)kwnames!.Items[k]).Value;
            int idx = Array.IndexOf(ParamNames, key);
            if (idx < 0) throw PyErrors.TypeError($"'{key}' is an invalid keyword argument for this function");
            if (p[idx] is not null)
                throw PyErrors.TypeError($"argument for function given by name ('{key}') and position ({idx + 1})");
            p[idx] = args[npos + k];
        }
        var dialect = p[0];
        if (dialect is not null)
        {
            if (dialect is PyStr name) dialect = CsvModule.GetDialect(name);
            bool onlyDialect = true;
            for (int i = 1; i < p.Length; i++) onlyDialect &= p[i] is null;
            // A Dialect (of any subclass) with nothing to override is immutable: share it, as CPython
            // does whatever class was called.
            if (onlyDialect && dialect is PyDialect) return dialect;
            for (int i = 1; i < p.Length; i++)
            {
                if (p[i] is not null) continue;
                try
                {
                    p[i] = PyOps.GetAttrOrNull(dialect, PyStr.FromAscii(ParamNames[i]));
                }
                catch (PyException)
                {
                    p[i] = null; // DIALECT_GETATTR clears any error
                }
            }
        }
        var d = new PyDialect(type);
        d.Delimiter = Char("delimiter", p[1], ',');
        d.DoubleQuote = p[2] is null || PyOps.IsTrue(p[2]!);
        d.EscapeChar = CharOrNone("escapechar", p[3], NotSet);
        d.LineTerminator = Str("lineterminator", p[4], "\r\n")!;
        d.QuoteChar = CharOrNone("quotechar", p[5], '"');
        d.Quoting = Int("quoting", p[6], QuoteMinimal);
        d.SkipInitialSpace = p[7] is not null && PyOps.IsTrue(p[7]!);
        d.Strict = p[8] is not null && PyOps.IsTrue(p[8]!);
        if ((uint)d.Quoting > QuoteNone) throw PyErrors.TypeError("bad \"quoting\" value");
        if (d.Delimiter == NotSet) throw PyErrors.TypeError("\"delimiter\" must be a 1-character string");
        if (p[5] == PyNone.Instance && p[6] is null) d.Quoting = QuoteNone;
        if (d.Quoting != QuoteNone && d.QuoteChar == NotSet) throw PyErrors.TypeError("quotechar must be set if quoting enabled");
        if (d.LineTerminator is null) throw PyErrors.TypeError("lineterminator must be set");
        return d;
    }

    private static int Char(string name, PyObject? src, int dflt)
    {
        if (src is null) return dflt;
        if (src is not PyStr s) throw PyErrors.TypeError($"\"{name}\" must be string, not {src.type.Name}");
        return SingleChar(name, s);
    }

    private static int CharOrNone(string name, PyObject? src, int dflt)
    {
        if (src is null) return dflt;
        if (src == PyNone.Instance) return NotSet;
        if (src is not PyStr s) throw PyErrors.TypeError($"\"{name}\" must be string or None, not {src.type.Name}");
        return SingleChar(name, s);
    }

    private static int SingleChar(string name, PyStr s)
    {
        var v = s.Value;
        if (v.Length == 1 && !char.IsSurrogate(v[0])) return v[0];
        if (v.Length == 2 && char.IsSurrogatePair(v[0], v[1])) return char.ConvertToUtf32(v[0], v[1]);
        throw PyErrors.TypeError($"\"{name}\" must be a 1-character string");
    }

    private static string? Str(string name, PyObject? src, string dflt)
    {
        if (src is null) return dflt;
        if (src == PyNone.Instance) return null;
        if (src is not PyStr s) throw PyErrors.TypeError($"\"{name}\" must be a string");
        return s.Value;
    }

    private static int Int(string name, PyObject? src, int dflt)
    {
        if (src is null) return dflt;
        if (src.type != PyTypes.Int) throw PyErrors.TypeError($"\"{name}\" must be an integer");
        var i = (PyInt)src;
        if (!i.IsSmall || i.Small > int.MaxValue || i.Small < int.MinValue) throw PyErrors.OverflowError("Python int too large to convert to C int");
        return (int)i.Small;
    }
}
