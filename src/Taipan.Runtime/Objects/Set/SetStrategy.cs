namespace Taipan.Runtime.Objects;

/// <summary>
/// How a set stores its keys. A set whose keys are all exact ints in the long range keeps
/// them unboxed (<c>long[]</c> plus a state byte per slot); the first other key boxes them in
/// place, slot for slot, so the table layout — and thus the iteration order CPython defines —
/// is unchanged by the switch.
/// </summary>
internal enum SetStrategy : byte
{
    Int,
    Object,
}
