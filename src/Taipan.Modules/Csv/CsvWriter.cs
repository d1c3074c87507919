using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Csv;

/// <summary>_csv.writer: joins a row's fields into one record (quoting and escaping as the dialect
/// says) and passes it to the file's write().</summary>
[PyType("writer")]
internal sealed partial class CsvWriter : PyObject
{
    private readonly PyObject write;
    private readonly PyDialect dialect;
    private readonly StringBuilder rec = new();
    private int numFields;

    public CsvWriter(PyType type, PyObject write, PyDialect dialect) : base(type)
    {
        this.write = write;
        this.dialect = dialect;
    }

    [PyGetter("dialect")] internal PyObject DialectValue => dialect;

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) => throw PyErrors.TypeError("cannot create '_csv.writer' instances");
        InstallPyBindings(t);
    }

    [PyMethod]
    internal PyObject writerow(PyObject seq)
    {
        var iter = PyOps.TryGetIter(seq) ?? throw CsvModule.Error($"iterable expected, not {seq.type.Name}");
        var d = dialect;
        rec.Clear();
        numFields = 0;
        while (PyOps.Next(iter) is { } item)
        {
            bool quoted = d.Quoting switch
            {
                PyDialect.QuoteNonNumeric => !IsNumber(item),
                PyDialect.QuoteAll => true,
                _ => false,
            };
            if (item is PyStr s) Append(s.Value, quoted);
            else if (item == PyNone.Instance) Append(null, quoted);
            else Append(PyOps.Str(item).Value, quoted);
        }
        if (numFields > 0 && rec.Length == 0)
        {
            // A lone empty field would read back as an empty row: write it as "".
            if (d.Quoting == PyDialect.QuoteNone) throw CsvModule.Error("single empty field record must be quoted");
            numFields--;
            Append(null, true);
        }
        rec.Append(d.LineTerminator);
        return PyOps.Call(write, [PyStr.FromString(rec.ToString())]);
    }

    [PyMethod]
    internal PyObject writerows(PyObject rows)
    {
        var iter = PyOps.GetIter(rows);
        while (PyOps.Next(iter) is { } row) writerow(row);
        return PyNone.Instance;
    }

    /// <summary>PyNumber_Check: ints, floats, complex, and anything with __index__/__int__/__float__.</summary>
    private static bool IsNumber(PyObject o) =>
        o is PyInt or PyFloat or PyComplex || o.type.Lookup("__index__") is not null
        || o.type.Lookup("__int__") is not null || o.type.Lookup("__float__") is not null;

    private void Append(string? value, bool quoted)
    {
        var d = dialect;
        var body = new StringBuilder();
        if (value is not null)
        {
            for (int i = 0; i < value.Length; i++)
            {
                int c = value[i];
                int width = 1;
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    c = char.ConvertToUtf32(value[i], value[i + 1]);
                    width = 2;
                }
                if (c == d.Delimiter || c == d.EscapeChar || c == d.QuoteChar || InLineTerminator(c))
                {
                    bool wantEscape = false;
                    if (d.Quoting == PyDialect.QuoteNone) wantEscape = true;
                    else
                    {
                        if (c == d.QuoteChar)
                        {
                            if (d.DoubleQuote) AppendChar(body, d.QuoteChar);
                            else wantEscape = true;
                        }
                        else if (c == d.EscapeChar)
                            wantEscape = true;
                        if (!wantEscape) quoted = true;
                    }
                    if (wantEscape)
                    {
                        if (d.EscapeChar == PyDialect.NotSet) throw CsvModule.Error("need to escape, but no escapechar set");
                        AppendChar(body, d.EscapeChar);
                    }
                }
                body.Append(value, i, width);
                i += width - 1;
            }
        }
        if (numFields > 0) AppendChar(rec, d.Delimiter);
        if (quoted) AppendChar(rec, d.QuoteChar);
        rec.Append(body);
        if (quoted) AppendChar(rec, d.QuoteChar);
        numFields++;
    }

    private bool InLineTerminator(int c)
    {
        var lt = dialect.LineTerminator;
        if (c < 0x10000) return lt.Contains((char)c);
        return lt.Contains(char.ConvertFromUtf32(c), StringComparison.Ordinal);
    }

    private static void AppendChar(StringBuilder sb, int c)
    {
        if (c < 0x10000) sb.Append((char)c);
        else sb.Append(char.ConvertFromUtf32(c));
    }
}
