namespace Taipan.Runtime.Objects;

/// <summary>
/// Base of every Python object. The Python type is a plain field, not a virtual, because
/// a field compare is the cheapest dispatch (DESIGN.md §10: 0.6 ns vs 2.2 ns for `is` on an
/// unsealed class): fast paths test <c>o.type == PyTypes.Int</c> and then cast with
/// <c>Unsafe.As</c>. The field is writable for <c>__class__</c> assignment.
/// </summary>
internal abstract class PyObject
{
    internal PyType type;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    protected PyObject(PyType type) => this.type = type;

    public PyType Type => type;

    /// <summary>Debugging aid only; Python-visible text goes through <see cref="PyOps.Repr"/>.</summary>
    public override string ToString() => PyOps.Repr(this).Value;
}
