using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Sre;

/// <summary>re.Pattern: a compiled regular expression (the code list re._compiler produced) and the
/// operations that run it.</summary>
[PyType("re.Pattern")]
internal sealed partial class SrePattern : PyObject
{
    public static readonly PyType PatternType = CreateType();

    public readonly uint[] Code;
    public readonly PyObject Source; // the pattern str/bytes, or None
    public readonly long Flags;
    /// <summary>Number of capturing groups (not counting group 0).</summary>
    public readonly int Groups;
    public readonly PyDict? GroupIndex;
    public readonly PyTuple? IndexGroup;
    /// <summary>1: bytes pattern, 0: str pattern, -1: unknown (compiled without a source).</summary>
    public readonly int IsBytes;

    public SrePattern(uint[] code, PyObject source, long flags, int groups, PyDict? groupIndex, PyTuple? indexGroup, int isBytes)
        : base(PatternType)
    {
        Code = code;
        Source = source;
        Flags = flags;
        Groups = groups;
        GroupIndex = groupIndex;
        IndexGroup = indexGroup;
        IsBytes = isBytes;
    }

    /// <summary>What every match must start with, for search() to skip the positions where none can:
    /// ≥ 0 the code index of a one-character item the first character matches, -2 a line start,
    /// -1 nothing known; int.MinValue until first asked.</summary>
    private int searchFilter = int.MinValue;

    public int SearchFilter
    {
        get
        {
            if (searchFilter == int.MinValue) Volatile.Write(ref searchFilter, ComputeSearchFilter()); // after SearchBranchItems
            return searchFilter;
        }
    }

    /// <summary>With <see cref="SearchFilter"/> -3: the items one of which the first character matches (a
    /// BRANCH whose every alternative starts with a one-character item).</summary>
    public int[]? SearchBranchItems { get; private set; }

    private int ComputeSearchFilter()
    {
        var code = Code;
        if (code.Length == 0) return -1;
        int pc = code[0] == SreOp.INFO ? (int)code[1] + 1 : 0;
        int item = FirstItem(code, pc);
        if (item != -1) return item;
        pc = SkipMarks(code, pc);
        if (pc + 1 < code.Length && code[pc] == SreOp.BRANCH)
        {
            // <BRANCH> <skip> alternative <JUMP> ... <skip> alternative <JUMP> ... <0>
            var items = new List<int>();
            for (int q = pc + 1; q < code.Length && code[q] != 0; q += (int)code[q])
            {
                int first = FirstItem(code, q + 1);
                if (first < 0 || items.Count == 8) return -1;
                items.Add(first);
            }
            if (items.Count == 0) return -1;
            SearchBranchItems = items.ToArray();
            return -3;
        }
        return -1;
    }

    // MARK is zero-width: what follows it starts at the same place.
    private static int SkipMarks(uint[] code, int pc)
    {
        while (pc + 1 < code.Length && code[pc] == SreOp.MARK) pc += 2;
        return pc;
    }

    /// <summary>The one-character item a match of the code at pc starts with, -2 for a line start, or -1.</summary>
    private static int FirstItem(uint[] code, int pc)
    {
        pc = SkipMarks(code, pc);
        if (pc >= code.Length) return -1;
        uint op = code[pc];
        if (IsOneCharItem(op)) return pc;
        if ((op == SreOp.REPEAT_ONE || op == SreOp.MIN_REPEAT_ONE || op == SreOp.POSSESSIVE_REPEAT_ONE) &&
            pc + 4 < code.Length && code[pc + 2] >= 1 && IsOneCharItem(code[pc + 4]))
            return pc + 4;
        if (op == SreOp.AT && pc + 1 < code.Length && code[pc + 1] == SreOp.AT_BEGINNING_LINE) return -2;
        return -1;
    }

    public bool IsOneCharItemAt(int pc) => (uint)pc < (uint)Code.Length && IsOneCharItem(Code[pc]);

    private static bool IsOneCharItem(uint op) => op switch
    {
        SreOp.ANY or SreOp.ANY_ALL or SreOp.LITERAL or SreOp.NOT_LITERAL or SreOp.LITERAL_IGNORE or
        SreOp.NOT_LITERAL_IGNORE or SreOp.LITERAL_UNI_IGNORE or SreOp.NOT_LITERAL_UNI_IGNORE or
        SreOp.LITERAL_LOC_IGNORE or SreOp.NOT_LITERAL_LOC_IGNORE or SreOp.CATEGORY or SreOp.IN or
        SreOp.IN_IGNORE or SreOp.IN_UNI_IGNORE or SreOp.IN_LOC_IGNORE => true,
        _ => false,
    };

    // Bitmaps of the IN sets by code index, built when a match first asks (SreCharset.Build).
    private ulong[]?[]? setBits;

    public ulong[] SetBits(int set)
    {
        var table = setBits ??= new ulong[]?[Code.Length];
        return table[set] ?? (table[set] = SreCharset.Build(Code, set));
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin(PyTypes.Type, "re.Pattern", PyTypes.Object, TypeFlags.None, SreLayouts.Pattern);
        t.Dict.type = PyTypes.Dict;
        t.GetAttr = PyOps.GenericGetAttr;
        t.Repr = static self => ((SrePattern)self).Repr();
        t.Hash = static self => ((SrePattern)self).HashValue();
        t.RichCompare = static (a, b, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || a is not SrePattern x || b is not SrePattern y)
                return PyNotImplemented.Instance;
            bool eq = ReferenceEquals(x, y) || (x.Flags == y.Flags && x.IsBytes == y.IsBytes &&
                x.Code.AsSpan().SequenceEqual(y.Code) && PyOps.EqualsBool(x.Source, y.Source));
            return PyBool.FromBool(op == CompareOp.Eq ? eq : !eq);
        };
        InstallPyBindings(t);
        t.Dict.SetItem(Names.ClassGetItem, new PyClassMethod(new PyBuiltinFunction("__class_getitem__", t.Name, null,
            static (s, a, k) => new GenericAlias(a[0], a[1]))));
        SlotWrappers.Install(t);
        return t;
    }

    private PyStr Repr()
    {
        var names = new (string Name, long Value)[]
        {
            ("re.TEMPLATE", SreOp.FLAG_TEMPLATE), ("re.IGNORECASE", SreOp.FLAG_IGNORECASE), ("re.LOCALE", SreOp.FLAG_LOCALE),
            ("re.MULTILINE", SreOp.FLAG_MULTILINE), ("re.DOTALL", SreOp.FLAG_DOTALL), ("re.UNICODE", SreOp.FLAG_UNICODE),
            ("re.VERBOSE", SreOp.FLAG_VERBOSE), ("re.DEBUG", SreOp.FLAG_DEBUG), ("re.ASCII", SreOp.FLAG_ASCII),
        };
        long flags = Flags;
        // re.UNICODE is the default of str patterns: not shown.
        if (IsBytes == 0 && (flags & (SreOp.FLAG_LOCALE | SreOp.FLAG_UNICODE | SreOp.FLAG_ASCII)) == SreOp.FLAG_UNICODE)
            flags &= ~SreOp.FLAG_UNICODE;
        var items = new List<string>();
        foreach (var (name, value) in names)
        {
            if ((flags & value) != 0)
            {
                items.Add(name);
                flags &= ~value;
            }
        }
        if (flags != 0) items.Add("0x" + flags.ToString("x"));
        var src = PyOps.Repr(Source).Value;
        if (src.Length > 200) src = TruncateCodePoints(src, 200);
        return PyStr.FromString(items.Count > 0 ? $"re.compile({src}, {string.Join("|", items)})" : $"re.compile({src})");
    }

    /// <summary>%.200R: the first n code points of a repr.</summary>
    internal static string TruncateCodePoints(string s, int n)
    {
        int i = 0, count = 0;
        while (i < s.Length && count < n)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            count++;
        }
        return s.Substring(0, i);
    }

    private long HashValue()
    {
        long h = PyOps.Hash(Source);
        var bytes = new byte[Code.Length * 4];
        Buffer.BlockCopy(Code, 0, bytes, 0, bytes.Length);
        h ^= StringHash.HashBytes(bytes);
        h ^= Flags;
        h ^= IsBytes;
        h ^= Code.Length;
        return h == -1 ? -2 : h;
    }

    // --- attributes ---

    [PyGetter] public PyObject pattern => Source;
    [PyGetter] public PyObject flags => PyInt.FromLong(Flags);
    [PyGetter] public PyObject groups => PyInt.FromLong(Groups);
    [PyGetter] public PyObject groupindex => new PyMappingProxy(GroupIndex is null ? new PyDict() : GroupIndex);

    // --- matching ---

    private SreState State(PyObject subject, long pos, long endpos) => SreSubjects.CreateState(this, subject, pos, endpos);

    [PyMethod(PosOnly = 0)]
    public PyObject match(PyObject @string, long pos = 0, long endpos = long.MaxValue)
    {
        var st = State(@string, pos, endpos);
        st.Ptr = st.Start;
        return SreMatch.FromState(this, st, st.Match(true));
    }

    [PyMethod(PosOnly = 0)]
    public PyObject fullmatch(PyObject @string, long pos = 0, long endpos = long.MaxValue)
    {
        var st = State(@string, pos, endpos);
        st.MatchAll = true;
        st.Ptr = st.Start;
        return SreMatch.FromState(this, st, st.Match(true));
    }

    [PyMethod(PosOnly = 0)]
    public PyObject search(PyObject @string, long pos = 0, long endpos = long.MaxValue)
    {
        var st = State(@string, pos, endpos);
        return SreMatch.FromState(this, st, st.Search());
    }

    [PyMethod(PosOnly = 0)]
    public PyObject findall(PyObject @string, long pos = 0, long endpos = long.MaxValue)
    {
        var st = State(@string, pos, endpos);
        var list = new PyList();
        while (st.Start <= st.End)
        {
            st.Reset();
            st.Ptr = st.Start;
            if (!st.Search()) break;
            PyObject item;
            switch (Groups)
            {
                case 0:
                    item = SreSubjects.Slice(st, st.Start, st.Ptr);
                    break;
                case 1:
                    item = GroupSlice(st, 1);
                    break;
                default:
                    var items = new PyObject[Groups];
                    for (int i = 0; i < Groups; i++) items[i] = GroupSlice(st, i + 1);
                    item = PyTuple.Wrap(items);
                    break;
            }
            list.Append(item);
            st.MustAdvance = st.Ptr == st.Start;
            st.Start = st.Ptr;
        }
        return list;
    }

    /// <summary>state_getslice with empty=1: an unmatched group gives ''.</summary>
    private static PyObject GroupSlice(SreState st, int g) =>
        st.GroupSpan(g, out int a, out int b) ? SreSubjects.Slice(st, a, b) : SreSubjects.Slice(st, 0, 0);

    [PyMethod(PosOnly = 0)]
    public PyObject finditer(PyObject @string, long pos = 0, long endpos = long.MaxValue)
    {
        var scanner = new SreScanner(this, State(@string, pos, endpos), @string);
        var search = PyOps.GetAttr(scanner, PyStr.FromAscii("search"));
        return new CallableIterator(search, PyNone.Instance);
    }

    [PyMethod(PosOnly = 0)]
    public PyObject scanner(PyObject @string, long pos = 0, long endpos = long.MaxValue) =>
        new SreScanner(this, State(@string, pos, endpos), @string);

    [PyMethod(PosOnly = 0)]
    public PyObject split(PyObject @string, long maxsplit = 0)
    {
        var st = State(@string, 0, long.MaxValue);
        var list = new PyList();
        long n = 0;
        int last = st.Start;
        while (maxsplit == 0 || n < maxsplit)
        {
            st.Reset();
            st.Ptr = st.Start;
            if (!st.Search()) break;
            list.Append(SreSubjects.Slice(st, last, st.Start));
            for (int i = 0; i < Groups; i++)
                list.Append(st.GroupSpan(i + 1, out int a, out int b) ? SreSubjects.Slice(st, a, b) : PyNone.Instance);
            n++;
            st.MustAdvance = st.Ptr == st.Start;
            last = st.Start = st.Ptr;
        }
        list.Append(SreSubjects.Slice(st, last, st.EndPos));
        return list;
    }

    [PyMethod(PosOnly = 0)]
    public PyObject sub(PyObject repl, PyObject @string, long count = 0) => Subx(repl, @string, count, false);

    [PyMethod(PosOnly = 0)]
    public PyObject subn(PyObject repl, PyObject @string, long count = 0) => Subx(repl, @string, count, true);

    private PyObject Subx(PyObject repl, PyObject subject, long count, bool subn)
    {
        PyObject? filter;
        SreTemplate? template = null;
        bool callable;
        if (repl.type.Call is not null)
        {
            filter = repl;
            callable = true;
        }
        else
        {
            bool literal = repl is PyStr rs ? rs.Value.IndexOf('\\') < 0
                : SreSubjects.TryGetBytes(repl) is { } rb && Array.IndexOf(rb, (byte)'\\') < 0;
            if (literal)
            {
                filter = repl;
                callable = false;
            }
            else
            {
                // Not a literal: re._subx compiles the template (into a callable or a literal). Its callable
                // runs _parser.expand_template per match; that is done natively below.
                var re = Import.ImportAbsolute("re");
                filter = PyOps.CallMethod(re, "_subx", new PyObject[] { this, repl });
                template = SreTemplate.SubjectAllows(subject) ? SreTemplate.FromFilter(this, filter) : null;
                callable = template is null && filter.type.Call is not null;
            }
        }

        var st = State(subject, 0, long.MaxValue);
        var list = new PyList();
        long n = 0;
        int i = 0;
        while (count == 0 || n < count)
        {
            st.Reset();
            st.Ptr = st.Start;
            if (!st.Search()) break;
            int b = st.Start, e = st.Ptr;
            if (i < b) list.Append(SreSubjects.Slice(st, i, b));
            if (callable)
            {
                var m = SreMatch.FromState(this, st, true);
                var item = PyOps.Call(filter!, new PyObject[] { m });
                if (item != PyNone.Instance) list.Append(item);
            }
            else if (template is not null) template.Expand(st, list);
            else if (filter != PyNone.Instance) list.Append(filter!);
            i = e;
            n++;
            st.MustAdvance = st.Ptr == st.Start;
            st.Start = st.Ptr;
        }
        if (i < st.EndPos) list.Append(SreSubjects.Slice(st, i, st.EndPos));

        PyObject result;
        var joiner = SreSubjects.Slice(st, 0, 0);
        if (list.Count == 0) result = joiner;
        else if (!st.IsBytes) result = ((PyStr)joiner).join(list);
        else
        {
            // _PyBytes_Join: the result is bytes whatever the subject's type.
            var bytesType = BuiltinsLookup("bytes");
            var empty = PyOps.Call(bytesType, ReadOnlySpan<PyObject>.Empty);
            result = PyOps.CallMethod(empty, "join", new PyObject[] { list });
        }
        return subn ? PyTuple.Of(result, PyInt.FromLong(n)) : result;
    }

    private static PyObject BuiltinsLookup(string name)
    {
        var builtins = Import.ImportAbsolute("builtins");
        return PyOps.GetAttr(builtins, PyStr.FromString(name));
    }

    // --- copying and pickling support ---

    [PyMethod("__copy__")]
    public PyObject Copy() => this;

    [PyMethod("__deepcopy__")]
    public PyObject DeepCopy(PyObject memo) => this;
}
