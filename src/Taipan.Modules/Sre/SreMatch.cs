using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Sre;

/// <summary>re.Match: the spans of one successful match (group 0 and every capturing group).</summary>
[PyType("re.Match")]
internal sealed partial class SreMatch : PyObject
{
    public static readonly PyType MatchType = CreateType();

    private readonly SrePattern pat;
    private readonly PyObject subject;
    private readonly bool isBytes;
    /// <summary>Start/end of group g at [2g], [2g+1]; -1 for a group that did not take part.</summary>
    private readonly int[] spans;
    private readonly int posValue, endposValue, lastIndex;

    private SreMatch(SrePattern pattern, SreState st) : base(MatchType)
    {
        pat = pattern;
        subject = st.Subject;
        isBytes = st.IsBytes;
        int n = pattern.Groups + 1;
        spans = new int[2 * n];
        spans[0] = st.Start;
        spans[1] = st.Ptr;
        for (int g = 1; g < n; g++)
        {
            if (st.GroupSpan(g, out int a, out int b)) { spans[2 * g] = a; spans[2 * g + 1] = b; }
            else { spans[2 * g] = -1; spans[2 * g + 1] = -1; }
        }
        posValue = st.Pos;
        endposValue = st.EndPos;
        lastIndex = st.LastIndex;
    }

    /// <summary>pattern_new_match: a Match for a successful attempt, None otherwise.</summary>
    public static PyObject FromState(SrePattern pattern, SreState st, bool matched) =>
        matched ? new SreMatch(pattern, st) : PyNone.Instance;

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin(PyTypes.Type, "re.Match", PyTypes.Object, TypeFlags.None, SreLayouts.Match);
        t.Dict.type = PyTypes.Dict;
        t.GetAttr = PyOps.GenericGetAttr;
        t.Hash = PyHash.HashIdentity;
        t.Repr = static self => ((SreMatch)self).Repr();
        t.GetItem = static (self, key) => ((SreMatch)self).GroupValue(((SreMatch)self).GetIndex(key), PyNone.Instance);
        InstallPyBindings(t);
        t.Dict.SetItem(Names.ClassGetItem, new PyClassMethod(new PyBuiltinFunction("__class_getitem__", t.Name, null,
            static (s, a, k) => new GenericAlias(a[0], a[1]))));
        SlotWrappers.Install(t);
        return t;
    }

    private PyStr Repr()
    {
        var m = PyOps.Repr(GroupValue(0, PyNone.Instance)).Value;
        m = SrePattern.TruncateCodePoints(m, 50);
        return PyStr.FromString($"<re.Match object; span=({spans[0]}, {spans[1]}), match={m}>");
    }

    /// <summary>match_getindex: a group number or name → index, IndexError("no such group") otherwise.</summary>
    private int GetIndex(PyObject index)
    {
        long i = -1;
        if (index is PyInt || index.type.Index is not null)
        {
            // PyNumber_AsSsize_t(index, NULL): a huge number clamps, so it is "no such group" too
            var n = PyOps.Index(index);
            i = n.IsSmall ? n.Small : n.IsNegative ? long.MinValue : long.MaxValue;
        }
        else if (pat.GroupIndex is not null)
        {
            if (pat.GroupIndex.GetItemOrNull(index) is PyInt v) i = ArgParser.ToLong(v);
        }
        if (i < 0 || i > pat.Groups) throw PyErrors.IndexError("no such group");
        return (int)i;
    }

    private PyObject GroupValue(int g, PyObject @default)
    {
        if (spans[2 * g] < 0) return @default;
        return SreSubjects.Slice(subject, isBytes, spans[2 * g], spans[2 * g + 1]);
    }

    [PyMethod]
    public PyObject group(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError("Match.group() takes no keyword arguments");
        if (args.Length == 0) return GroupValue(0, PyNone.Instance);
        if (args.Length == 1) return GroupValue(GetIndex(args[0]), PyNone.Instance);
        var items = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++) items[i] = GroupValue(GetIndex(args[i]), PyNone.Instance);
        return PyTuple.Wrap(items);
    }

    [PyMethod("__getitem__")]
    public PyObject GetItemMethod(PyObject g) => GroupValue(GetIndex(g), PyNone.Instance);

    [PyMethod(PosOnly = 0)]
    public PyObject groups(PyObject? @default = null)
    {
        var d = @default ?? PyNone.Instance;
        var items = new PyObject[pat.Groups];
        for (int g = 1; g <= pat.Groups; g++) items[g - 1] = GroupValue(g, d);
        return PyTuple.Wrap(items);
    }

    [PyMethod(PosOnly = 0)]
    public PyObject groupdict(PyObject? @default = null)
    {
        var d = @default ?? PyNone.Instance;
        var result = new PyDict();
        if (pat.GroupIndex is null) return result;
        int pos = 0;
        while (pat.GroupIndex.Next(ref pos, out var key, out _))
            result.SetItem(key, GroupValue(GetIndex(key), d));
        return result;
    }

    private int GroupArg(PyObject? group) => group is null ? 0 : GetIndex(group);

    [PyMethod]
    public long start(PyObject? group = null) => spans[2 * GroupArg(group)];

    [PyMethod]
    public long end(PyObject? group = null) => spans[2 * GroupArg(group) + 1];

    [PyMethod]
    public PyObject span(PyObject? group = null)
    {
        int g = GroupArg(group);
        return PyTuple.Of(PyInt.FromLong(spans[2 * g]), PyInt.FromLong(spans[2 * g + 1]));
    }

    [PyMethod(PosOnly = 0)]
    public PyObject expand(PyObject template)
    {
        var re = Import.ImportAbsolute("re");
        return PyOps.CallMethod(re, "_expand", new PyObject[] { pat, this, template });
    }

    [PyGetter]
    public PyObject regs
    {
        get
        {
            var items = new PyObject[pat.Groups + 1];
            for (int g = 0; g <= pat.Groups; g++)
                items[g] = PyTuple.Of(PyInt.FromLong(spans[2 * g]), PyInt.FromLong(spans[2 * g + 1]));
            return PyTuple.Wrap(items);
        }
    }

    [PyGetter] public PyObject lastindex => lastIndex >= 0 ? PyInt.FromLong(lastIndex) : PyNone.Instance;

    [PyGetter]
    public PyObject lastgroup =>
        pat.IndexGroup is not null && lastIndex >= 0 && lastIndex < pat.IndexGroup.Count ? pat.IndexGroup[lastIndex] : PyNone.Instance;

    [PyGetter("string")] public PyObject SubjectAttr => subject;
    [PyGetter] public PyObject re => pat;
    [PyGetter] public PyObject pos => PyInt.FromLong(posValue);
    [PyGetter] public PyObject endpos => PyInt.FromLong(endposValue);

    [PyMethod("__copy__")]
    public PyObject Copy() => this;

    [PyMethod("__deepcopy__")]
    public PyObject DeepCopy(PyObject memo) => this;
}
