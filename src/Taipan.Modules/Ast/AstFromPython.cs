using System.Numerics;
using Taipan.Compiler.Ast;
using Taipan.Compiler.Bytecode;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Ast;

/// <summary>
/// Turns a tree of `_ast` objects back into the compiler's tree (CPython's obj2ast). The per-type
/// converters are generated (AstFromPython.g.cs); this half holds the leaf conversions and CPython's
/// messages for what is missing or of the wrong type. Structural checks that CPython leaves to
/// ast.c's validator live in <see cref="AstValidator"/>.
/// </summary>
internal sealed partial class AstFromPython
{
    private readonly AstState _state;
    private readonly ThreadState _ts = ThreadState.Current;

    public AstFromPython(AstState state) => _state = state;

    /// <summary>The concrete class id of <paramref name="o"/> among the constructors of sum <paramref name="sum"/>,
    /// or -1. A subclass of a node class converts as that class (CPython tests isinstance).</summary>
    private int Kind(PyObject o, int sum)
    {
        var mro = o.type.Mro;
        for (int i = 0; i < mro.Length; i++)
        {
            if (_state.ClassIds.TryGetValue(mro[i], out int id) && AstClassNames.SumOf[id] == sum) return id;
        }
        return -1;
    }

    private static PyObject Field(PyObject o, PyStr name, string owner) =>
        PyOps.GetAttrOrNull(o, name) ?? throw PyErrors.TypeError($"required field \"{name.Value}\" missing from {owner}");

    /// <summary>An optional field: absent or None is no value.</summary>
    private static PyObject? OptionalField(PyObject o, PyStr name)
    {
        var v = PyOps.GetAttrOrNull(o, name);
        return v is null || v == PyNone.Instance ? null : v;
    }

    private static PyException Required(string field, string owner) =>
        PyErrors.ValueError($"field '{field}' is required for {owner}");

    private static PyException ExpectedSome(string sum, PyObject o) =>
        PyErrors.TypeError($"expected some sort of {sum}, but got {PyOps.Repr(o).Value}");

    private static PyException NoneInList(string sum) => PyErrors.ValueError(sum switch
    {
        "stmt" => "None disallowed in statement list",
        "expr" => "None disallowed in expression list",
        _ => $"None disallowed in {sum} list",
    });

    private static PyObject[] ListItems(PyObject v, string owner, string field)
    {
        if (v is not PyList list)
            throw PyErrors.TypeError($"{owner} field \"{field}\" must be a list, not a {v.type.Name}");
        var items = new PyObject[list.Count];
        for (int i = 0; i < items.Length; i++) items[i] = list[i];
        return items;
    }

    private List<string> IdentifierSeq(PyObject v, string owner, string field)
    {
        var items = ListItems(v, owner, field);
        var r = new List<string>(items.Length);
        for (int i = 0; i < items.Length; i++)
            r.Add(IdentifierValue(items[i]) ?? throw PyErrors.ValueError("None disallowed in identifier list"));
        return r;
    }

    private static string? IdentifierValue(PyObject o)
    {
        if (o == PyNone.Instance) return null;
        if (o.type != PyTypes.Str) throw PyErrors.TypeError("AST identifier must be of type str");
        return ((PyStr)o).Value;
    }

    private static string? StrValue(PyObject o)
    {
        if (o == PyNone.Instance) return null;
        if (o.type != PyTypes.Str) throw PyErrors.TypeError("AST string must be of type str");
        return ((PyStr)o).Value;
    }

    private static int IntValue(PyObject o)
    {
        if (o is not PyInt i) throw PyErrors.ValueError($"invalid integer value: {PyOps.Repr(o).Value}");
        if (!i.TryGetLong(out long l) || l < int.MinValue || l > int.MaxValue)
            throw PyErrors.OverflowError("Python int too large to convert to C int");
        return (int)l;
    }

    /// <summary>A Constant's value as the compiler holds constants (Ast/ConstantValues.cs); CPython's
    /// validate_constant decides what is allowed.</summary>
    private static object ConstantValue(PyObject o)
    {
        if (o == PyNone.Instance) return NoneConstant.Instance;
        if (o == PyEllipsis.Instance) return EllipsisConstant.Instance;
        var t = o.type;
        if (t == PyTypes.Bool) return o == PyBool.True;
        if (t == PyTypes.Int)
        {
            var i = (PyInt)o;
            return i.TryGetLong(out long l) ? l : i.Big;
        }
        if (t == PyTypes.Float) return ((PyFloat)o).Value;
        if (t == PyTypes.Complex) return new Complex(((PyComplex)o).Real, ((PyComplex)o).Imag);
        if (t == PyTypes.Str) return StrConstant((PyStr)o);
        if (t == BytesTypes.Bytes) return ((PyBytes)o).Value;
        if (t == PyTypes.Tuple)
        {
            var tup = (PyTuple)o;
            var items = new object[tup.Count];
            for (int k = 0; k < items.Length; k++) items[k] = ConstantValue(tup[k]);
            return new ConstantTuple(items);
        }
        if (t == PyTypes.FrozenSet)
        {
            // Validated like CPython's validate_constant, then kept as the object itself.
            foreach (var item in ((PySet)o).Items()) ConstantValue(item);
            return new AstConstantObject(o);
        }
        throw PyErrors.TypeError($"got an invalid type in Constant: {t.Name}");
    }

    /// <summary>A str with a lone surrogate is a <see cref="SurrogateStr"/> for the compiler.</summary>
    private static object StrConstant(PyStr s)
    {
        var v = s.Value;
        for (int i = 0; i < v.Length; i++)
        {
            if (!char.IsSurrogate(v[i])) continue;
            if (char.IsHighSurrogate(v[i]) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1])) { i++; continue; }
            var cps = new int[s.Length];
            for (int k = 0; k < cps.Length; k++) cps[k] = s.CodePointAt(k);
            return new SurrogateStr(cps);
        }
        return v;
    }

    /// <summary>The position attributes of a node: lineno and col_offset are required, a missing end
    /// is the start (what CPython compiles such a node with).</summary>
    private Position Position(PyObject o, string owner)
    {
        int line = IntValue(Field(o, F_lineno, owner));
        int col = IntValue(Field(o, F_col_offset, owner));
        int endLine = OptionalField(o, F_end_lineno) is { } el ? IntValue(el) : line;
        int endCol = OptionalField(o, F_end_col_offset) is { } ec ? IntValue(ec) : col;
        return new Position(line, col, endLine, endCol);
    }
}

internal readonly record struct Position(int Line, int Col, int EndLine, int EndCol)
{
    public void Apply(Node n)
    {
        n.Lineno = Line;
        n.ColOffset = Col;
        n.EndLineno = EndLine;
        n.EndColOffset = EndCol;
    }
}
