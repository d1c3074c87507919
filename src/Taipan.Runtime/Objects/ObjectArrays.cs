using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Taipan.Runtime.Objects;

/// <summary>
/// Stores into PyObject[] without .NET's covariant array-store check: `a[i] = v` calls
/// CastHelpers.StelemRef, which for any PyObject subclass (the array's element type is never the
/// item's exact type) walks the class chain in a helper call. The check only matters when the array
/// is really of a more derived element type (a PyStr[] seen as PyObject[]); that case keeps it.
/// </summary>
internal static class ObjectArrays
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(PyObject?[] a, int i, PyObject? v)
    {
        if (a.GetType() == typeof(PyObject[]) && (uint)i < (uint)a.Length)
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(a), i) = v;
        else
            a[i] = v;
    }
}
