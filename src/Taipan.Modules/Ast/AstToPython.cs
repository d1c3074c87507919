using Taipan.Compiler.Ast;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Ast;

/// <summary>
/// Turns the compiler's tree into `_ast` objects (CPython's ast2obj): every field set, None for an
/// absent optional one, then the position attributes. Fields come from the nodes' generated
/// <see cref="Node.WalkFields"/>, so no per-type code is needed here.
/// </summary>
internal sealed class AstToPython : IAstFieldWalker
{
    private static readonly PyStr Lineno = StrIntern.Intern("lineno");
    private static readonly PyStr ColOffset = StrIntern.Intern("col_offset");
    private static readonly PyStr EndLineno = StrIntern.Intern("end_lineno");
    private static readonly PyStr EndColOffset = StrIntern.Intern("end_col_offset");

    private readonly AstState _state;
    private PyInstance _target = null!;

    public AstToPython(AstState state) => _state = state;

    public PyObject Convert(Node? node)
    {
        if (node is null) return PyNone.Instance;
        var inst = new PyInstance(_state.Classes[_state.IdOf(node.PythonName)]);
        var saved = _target;
        _target = inst;
        node.WalkFields(this);
        if (node.HasPosition)
        {
            inst.SetAttribute(Lineno, PyInt.FromLong(node.Lineno));
            inst.SetAttribute(ColOffset, PyInt.FromLong(node.ColOffset));
            inst.SetAttribute(EndLineno, PyInt.FromLong(node.EndLineno));
            inst.SetAttribute(EndColOffset, PyInt.FromLong(node.EndColOffset));
        }
        _target = saved;
        return inst;
    }

    private void Set(string name, PyObject value) => _target.SetAttribute(StrIntern.Intern(name), value);

    private static PyObject Str(string? s) => s is null ? PyNone.Instance : PyStr.FromString(s);

    void IAstFieldWalker.Node(string name, Node? value, bool optional) => Set(name, Convert(value));

    void IAstFieldWalker.NodeList<T>(string name, List<T> values)
    {
        var items = new PyObject[values.Count];
        var target = _target;
        for (int i = 0; i < items.Length; i++) items[i] = Convert(values[i]);
        _target = target;
        Set(name, PyList.FromSpan(items));
    }

    void IAstFieldWalker.String(string name, string? value, bool optional) => Set(name, Str(value));

    void IAstFieldWalker.StringList(string name, List<string> values)
    {
        var items = new PyObject[values.Count];
        for (int i = 0; i < items.Length; i++) items[i] = PyStr.FromString(values[i]);
        Set(name, PyList.FromSpan(items));
    }

    void IAstFieldWalker.Int(string name, int? value) =>
        Set(name, value is { } v ? PyInt.FromLong(v) : PyNone.Instance);

    void IAstFieldWalker.Enum(string name, string constructor) =>
        Set(name, _state.Singleton(_state.IdOf(constructor)));

    void IAstFieldWalker.EnumList<T>(string name, List<T> values)
    {
        var items = new PyObject[values.Count];
        for (int i = 0; i < items.Length; i++) items[i] = _state.Singleton(_state.IdOf(values[i].ToString()));
        Set(name, PyList.FromSpan(items));
    }

    void IAstFieldWalker.Constant(string name, object? value) =>
        Set(name, value is null ? PyNone.Instance : PyCode.FromConstant(value));
}
