using Taipan.Runtime.Objects;

namespace Taipan.Modules.Sre;

/// <summary>
/// A replacement template of sub()/subn() as re._compile_repl parses it: literal pieces with group
/// references between them. Expanding it here gives what re._parser.expand_template returns, without a
/// Python call per match (that call was most of sub()'s time with a template, measured).
/// </summary>
internal sealed class SreTemplate
{
    /// <summary>The pieces in order: a literal (str/bytes), or null where <see cref="groups"/> says which group goes.</summary>
    private readonly PyObject?[] pieces;
    private readonly int[] groups;

    private SreTemplate(PyObject?[] pieces, int[] groups)
    {
        this.pieces = pieces;
        this.groups = groups;
    }

    /// <summary>The template inside the filter re._subx returns for a template with group references
    /// (`def filter(match, template=template)` calling _parser.expand_template); null for any other callable.
    /// re._subx itself still parses the template, so its errors and warnings are CPython's.</summary>
    public static SreTemplate? FromFilter(SrePattern pattern, PyObject filter)
    {
        if (filter is not PyFunction f || f.QualName.Value != "_subx.<locals>.filter" ||
            f.Defaults is not { Count: 1 } defaults || f.KwDefaults is { Count: > 0 } ||
            f.Globals.GetItemOrNull(PyStr.FromAscii("__name__")) is not PyStr { Value: "re" } ||
            defaults[0] is not PyTuple { Count: 2 } t || t[0] is not PyList groupList || t[1] is not PyList literals)
            return null;
        var pieces = new PyObject?[literals.Count];
        var groups = new int[literals.Count];
        for (int i = 0; i < pieces.Length; i++)
        {
            pieces[i] = literals[i] == PyNone.Instance ? null : literals[i];
            groups[i] = -1;
        }
        for (int i = 0; i < groupList.Count; i++)
        {
            if (groupList[i] is not PyTuple { Count: 2 } ig || ig[0] is not PyInt index || ig[1] is not PyInt group ||
                !index.IsSmall || !group.IsSmall || index.Small < 0 || index.Small >= pieces.Length ||
                group.Small < 0 || group.Small > pattern.Groups)
                return null;
            pieces[index.Small] = null;
            groups[index.Small] = (int)group.Small;
        }
        for (int i = 0; i < pieces.Length; i++)
            if (pieces[i] is null && groups[i] < 0) return null;
        return new SreTemplate(pieces, groups);
    }

    /// <summary>expand_template joins with `match.string[:0]`: only for str, bytes and bytearray is that a
    /// plain empty string with a join (a memoryview's fails, a subclass's slice may be anything).</summary>
    public static bool SubjectAllows(PyObject subject) =>
        subject.type == PyTypes.Str || subject.type == BytesTypes.Bytes || subject.type == BytesTypes.ByteArray;

    /// <summary>Appends the expansion for the current match of <paramref name="st"/> to <paramref name="output"/>
    /// (an unmatched or empty group adds nothing, as `g(group) or empty` does).</summary>
    public void Expand(SreState st, PyList output)
    {
        for (int i = 0; i < pieces.Length; i++)
        {
            if (pieces[i] is { } literal)
            {
                output.Append(literal);
                continue;
            }
            int g = groups[i];
            int a, b;
            if (g == 0) { a = st.Start; b = st.Ptr; }
            else if (!st.GroupSpan(g, out a, out b)) continue;
            if (a < b) output.Append(SreSubjects.Slice(st, a, b));
        }
    }
}
