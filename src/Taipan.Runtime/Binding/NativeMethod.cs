using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Binding;

/// <summary>A generated binding: <paramref name="self"/> is the receiver (null for module
/// functions), <paramref name="args"/> the positional arguments followed by the values of the
/// keyword arguments named in <paramref name="kwnames"/> (vectorcall layout).</summary>
internal delegate PyObject NativeMethod(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);
