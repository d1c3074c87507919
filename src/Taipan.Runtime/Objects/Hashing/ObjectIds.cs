using System.Runtime.CompilerServices;

namespace Taipan.Runtime.Objects;

/// <summary>
/// id(): a number unique among live objects, as CPython's addresses are (copy.deepcopy's and
/// pickle's memos, json's cycle markers and reprs' "at 0x..." rely on it). The identity hash code is
/// not unique, so each object that is asked gets the next number, kept in a weak table; the numbers
/// look like CPython's (16-aligned, in the usual heap range) and are never reused.
/// </summary>
internal static class ObjectIds
{
    private static readonly ConditionalWeakTable<PyObject, StrongBox<long>> ids = new();
    private static long next = 0x7f3a_0000_0000;

    public static long Of(PyObject o) =>
        ids.GetValue(o, static _ => new StrongBox<long>(Interlocked.Add(ref next, 16))).Value;
}
