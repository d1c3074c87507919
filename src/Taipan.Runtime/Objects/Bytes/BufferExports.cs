namespace Taipan.Runtime.Objects;

/// <summary>
/// The memoryviews exporting one object's memory (a bytearray, an array.array): while one of them is live
/// and not released, the object may not be resized (BufferError), because the view would see freed or
/// moved memory. CPython frees a forgotten view at once (reference counting), so
/// <c>bytes(memoryview(ba)[1:]); ba.append(1)</c> works there; here a forgotten view lives until the GC
/// finds it. So the views are held weakly, and a resize that meets one asks the GC first (a young
/// collection, then a full one): only a view that is still reachable refuses the resize.
/// </summary>
internal sealed class BufferExports
{
    private readonly List<WeakReference<PyMemoryView>> views = new();

    public void Add(PyMemoryView view) => views.Add(new WeakReference<PyMemoryView>(view));

    public void Remove(PyMemoryView view)
    {
        for (int i = 0; i < views.Count; i++)
            if (views[i].TryGetTarget(out var v) && ReferenceEquals(v, view)) { views.RemoveAt(i); return; }
    }

    /// <summary>True while a reachable, unreleased view exists (collects garbage to find out).</summary>
    public bool AnyLive()
    {
        if (Prune() == 0) return false;
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        if (Prune() == 0) return false;
        GC.Collect();
        return Prune() > 0;
    }

    private int Prune()
    {
        views.RemoveAll(static w => !w.TryGetTarget(out _));
        return views.Count;
    }
}

/// <summary>An object other than bytes/bytearray whose memory a memoryview can export (array.array,
/// mmap.mmap). A span rather than an array because an mmap's memory is native.</summary>
internal interface IBufferExporter
{
    /// <summary>The exported bytes (<see cref="BufferLength"/> of them). The memory is not moved or freed
    /// while <see cref="Exports"/> has a live view (resizes and close refuse).</summary>
    Span<byte> BufferSpan { get; }
    int BufferLength { get; }
    /// <summary>A read-only exporter (an mmap opened with ACCESS_READ) gives read-only views.</summary>
    bool BufferReadOnly => false;
    /// <summary>struct format of one item ("d", "B", ...) and its size.</summary>
    string BufferFormat { get; }
    int BufferItemSize { get; }
    BufferExports Exports { get; }
}
