using Taipan.Runtime.Objects;

namespace Taipan.Modules.Ast;

/// <summary>
/// A Constant value from a hand-built tree that the compiler has no value form for and that must
/// come back as the very object (compile(Constant(frozenset())) evaluates to that frozenset, as in
/// CPython). The compiler treats it as an opaque constant compared by identity; PyCode turns it back
/// through <see cref="ConstantHooks"/>.
/// </summary>
internal sealed class AstConstantObject
{
    public AstConstantObject(PyObject value) => Value = value;

    public PyObject Value { get; }

    public static PyObject? Unwrap(object c) => c is AstConstantObject h ? h.Value : null;

    public override string ToString() => PyOps.Repr(Value).Value;
}
