using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Csv;

/// <summary>_csv.reader: CPython's parser state machine, fed one code point at a time, with EOL
/// (a value no character has) marking the end of each input line.</summary>
[PyType("reader")]
internal sealed partial class CsvReader : PyObject
{
    private const int Eol = -2;

    private enum State
    {
        StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField,
        QuoteInQuotedField, EatCrNl, AfterEscapedCrNl,
    }

    private readonly PyObject input;
    private readonly PyDialect dialect;
    private PyList fields = new();
    private readonly StringBuilder field = new();
    private long fieldLen; // in code points, for field_size_limit
    private bool numericField;
    private State state;
    private long lineNum;

    public CsvReader(PyType type, PyObject input, PyDialect dialect) : base(type)
    {
        this.input = input;
        this.dialect = dialect;
    }

    [PyGetter("dialect")] internal PyObject DialectValue => dialect;
    [PyGetter("line_num")] internal long LineNum => lineNum;

    internal static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) => throw PyErrors.TypeError("cannot create '_csv.reader' instances");
        t.Iter = static self => self;
        t.IterNext = static self => ((CsvReader)self).Next();
        InstallPyBindings(t);
    }

    private PyObject? Next()
    {
        fields = new PyList();
        field.Clear();
        fieldLen = 0;
        numericField = false;
        state = State.StartRecord;
        do
        {
            var line = PyOps.Next(input);
            if (line is null)
            {
                if (fieldLen != 0 || state == State.InQuotedField)
                {
                    if (dialect.Strict) throw CsvModule.Error("unexpected end of data");
                    SaveField();
                    break;
                }
                return null;
            }
            if (line is not PyStr s)
                throw CsvModule.Error($"iterator should return strings, not {line.type.Name} (the file should be opened in text mode)");
            lineNum++;
            var v = s.Value;
            for (int i = 0; i < v.Length; i++)
            {
                int c = v[i];
                if (char.IsHighSurrogate(v[i]) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1]))
                {
                    c = char.ConvertToUtf32(v[i], v[i + 1]);
                    i++;
                }
                ProcessChar(c);
            }
            ProcessChar(Eol);
        } while (state != State.StartRecord);
        var result = fields;
        fields = new PyList();
        return result;
    }

    private void SaveField()
    {
        PyObject value = PyStr.FromString(field.ToString());
        field.Clear();
        fieldLen = 0;
        if (numericField)
        {
            numericField = false;
            value = PyOps.Call(PyTypes.Float, [value]);
        }
        fields.Append(value);
    }

    private void AddChar(int c)
    {
        if (fieldLen >= CsvModule.FieldLimit) throw CsvModule.Error($"field larger than field limit ({CsvModule.FieldLimit})");
        if (c < 0x10000) field.Append((char)c);
        else field.Append(char.ConvertFromUtf32(c));
        fieldLen++;
    }

    private static bool IsNewline(int c) => c == '\n' || c == '\r';

    private void ProcessChar(int c)
    {
        var d = dialect;
        switch (state)
        {
            case State.StartRecord:
                if (c == Eol) break; // empty line: []
                if (IsNewline(c))
                {
                    state = State.EatCrNl;
                    break;
                }
                state = State.StartField;
                goto case State.StartField;

            case State.StartField:
                if (IsNewline(c) || c == Eol)
                {
                    SaveField();
                    state = c == Eol ? State.StartRecord : State.EatCrNl;
                }
                else if (c == d.QuoteChar && d.Quoting != PyDialect.QuoteNone)
                    state = State.InQuotedField;
                else if (c == d.EscapeChar)
                    state = State.EscapedChar;
                else if (c == ' ' && d.SkipInitialSpace)
                {
                    // spaces at the start of a field are dropped
                }
                else if (c == d.Delimiter)
                    SaveField();
                else
                {
                    if (d.Quoting == PyDialect.QuoteNonNumeric) numericField = true;
                    AddChar(c);
                    state = State.InField;
                }
                break;

            case State.EscapedChar:
                if (IsNewline(c))
                {
                    AddChar(c);
                    state = State.AfterEscapedCrNl;
                    break;
                }
                if (c == Eol) c = '\n';
                AddChar(c);
                state = State.InField;
                break;

            case State.AfterEscapedCrNl:
                if (c == Eol) break;
                goto case State.InField;

            case State.InField:
                if (IsNewline(c) || c == Eol)
                {
                    SaveField();
                    state = c == Eol ? State.StartRecord : State.EatCrNl;
                }
                else if (c == d.EscapeChar)
                    state = State.EscapedChar;
                else if (c == d.Delimiter)
                {
                    SaveField();
                    state = State.StartField;
                }
                else
                    AddChar(c);
                break;

            case State.InQuotedField:
                if (c == Eol)
                {
                    // a quoted field goes on across lines
                }
                else if (c == d.EscapeChar)
                    state = State.EscapeInQuotedField;
                else if (c == d.QuoteChar && d.Quoting != PyDialect.QuoteNone)
                    state = d.DoubleQuote ? State.QuoteInQuotedField : State.InField;
                else
                    AddChar(c);
                break;

            case State.EscapeInQuotedField:
                if (c == Eol) c = '\n';
                AddChar(c);
                state = State.InQuotedField;
                break;

            case State.QuoteInQuotedField:
                if (d.Quoting != PyDialect.QuoteNone && c == d.QuoteChar)
                {
                    AddChar(c); // "" inside quotes is one "
                    state = State.InQuotedField;
                }
                else if (c == d.Delimiter)
                {
                    SaveField();
                    state = State.StartField;
                }
                else if (IsNewline(c) || c == Eol)
                {
                    SaveField();
                    state = c == Eol ? State.StartRecord : State.EatCrNl;
                }
                else if (!d.Strict)
                {
                    AddChar(c);
                    state = State.InField;
                }
                else
                    throw CsvModule.Error($"'{Char(d.Delimiter)}' expected after '{Char(d.QuoteChar)}'");
                break;

            case State.EatCrNl:
                if (IsNewline(c)) break;
                if (c == Eol)
                {
                    state = State.StartRecord;
                    break;
                }
                throw CsvModule.Error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
        }
    }

    private static string Char(int c) => c < 0 ? "\uFFFF" : char.ConvertFromUtf32(c);
}
