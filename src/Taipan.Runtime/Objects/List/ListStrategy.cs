namespace Taipan.Runtime.Objects;

/// <summary>
/// How a list stores its items (PyPy's storage strategies). A list holding only exact small
/// ints keeps a <c>long[]</c>, only floats a <c>double[]</c>; the first foreign item switches
/// the list to objects for good. Reading an item of an unboxed list allocates a box (small
/// ints come from the cache); the JIT reads the raw arrays instead. <see cref="Str"/> keeps
/// the object array but promises that every item is an exact str, so consumers (join,
/// sort, `in`) can skip type checks and never call Python __eq__.
/// </summary>
internal enum ListStrategy : byte
{
    Empty,
    Int,
    Float,
    Str,
    Object,
}
