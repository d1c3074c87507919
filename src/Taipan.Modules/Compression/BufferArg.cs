using Taipan.Runtime.Objects;

namespace Taipan.Modules.Compression;

/// <summary>A Py_buffer argument (PyBUF_SIMPLE): a bytes-like object whose memory is one C-contiguous
/// block; a strided memoryview is refused as CPython refuses it.</summary>
internal static class BufferArg
{
    public static ReadOnlySpan<byte> Get(PyObject data)
    {
        if (data is PyMemoryView { c_contiguous: false })
            throw PyErrors.New(PyTypes.BufferError, "memoryview: underlying buffer is not C-contiguous");
        return Buffers.TryGetSpan(data, out var span) ? span : throw PyErrors.TypeError($"a bytes-like object is required, not '{data.type.Name}'");
    }
}
