using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Pickle;

/// <summary>pickle.PickleBuffer: a wrapper around a buffer-providing object that protocol 5 pickles
/// in band or hands to buffer_callback (out of band). It keeps a memoryview of the object.</summary>
internal sealed class PickleBuffer : PyObject, IBufferProvider
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("pickle.PickleBuffer", 31, InitType, subclassable: false);
    private PyObject? view;

    private PickleBuffer(PyObject view) : base(PyTypeObject) => this.view = view;

    /// <summary>The memoryview of the wrapped object; ValueError once released.</summary>
    internal PyObject View() => view ?? throw PyErrors.ValueError("operation forbidden on released PickleBuffer object");

    public PyObject BufferObject => View();

    private static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) =>
        {
            var s = ArgParser.Unpack(args, kwnames, "PickleBuffer", new[] { "buffer" }, 0, 1);
            var o = s[0]!;
            if (!Buffers.IsBuffer(o))
                throw PyErrors.TypeError($"a bytes-like object is required, not '{o.type.Name}'");
            return new PickleBuffer(PyOps.Call(BytesTypes.MemoryView, [o]));
        };
        BindingInstaller.AddMethod(t, "raw", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "raw");
            var v = ((PickleBuffer)self!).View();
            if (!PyOps.IsTrue(PyOps.GetAttr(v, PyStr.FromAscii("contiguous"))))
                throw PyErrors.New(PyTypes.BufferError, "cannot extract raw buffer from non-contiguous buffer");
            return PyOps.CallMethod(v, "cast", [PyStr.FromAscii("B")]);
        });
        BindingInstaller.AddMethod(t, "release", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "release");
            var pb = (PickleBuffer)self!;
            if (pb.view is not null) PyOps.CallMethod(pb.view, "release", ReadOnlySpan<PyObject>.Empty);
            pb.view = null;
            return PyNone.Instance;
        });
        BindingInstaller.AddMethod(t, "__reduce_ex__", static (self, args, kwnames) =>
            throw PyErrors.TypeError("cannot pickle 'pickle.PickleBuffer' object"));
    }
}
