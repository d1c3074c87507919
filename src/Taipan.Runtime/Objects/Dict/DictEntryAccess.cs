namespace Taipan.Runtime.Objects;

internal sealed partial class PyDict
{
    /// <summary>Changes whenever the key set or the entry layout changes (insert of a new key, delete,
    /// resize, clear), not when a value is replaced: a cached entry index stays valid while it holds.
    /// LOAD_GLOBAL's inline cache keys on it (CPython 3.11's dict keys version).</summary>
    internal uint KeysVersion;

    /// <summary>Entry index of <paramref name="key"/>, or -1.</summary>
    internal int IndexOf(PyObject key) => Find(key, PyOps.Hash(key));

    /// <summary>The value at an entry index (null for a deleted entry).</summary>
    // LOAD_GLOBAL's cache hit (a call in the eval loop without this: the loop exhausts RyuJIT's inlining budget)
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal PyObject? ValueAt(int index) => (uint)index < (uint)entries.Length ? entries[index].Value : null;
}
