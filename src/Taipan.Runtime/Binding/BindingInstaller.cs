using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Binding;

/// <summary>Entry points for generated InstallPyBindings methods.</summary>
internal static class BindingInstaller
{
    public static void AddMethod(PyType type, string name, NativeMethod method) =>
        type.Dict.SetItem(PyStr.FromString(name), new PyMethodDescriptor(type, name, method));

    public static void AddClassMethod(PyType type, string name, NativeMethod method) =>
        type.Dict.SetItem(PyStr.FromString(name), new PyClassMethodDescriptor(type, name, method));

    /// <summary>As CPython's METH_STATIC: a builtin function wrapped in a staticmethod object.</summary>
    public static void AddStaticMethod(PyType type, string name, NativeMethod method) =>
        type.Dict.SetItem(PyStr.FromString(name), new PyStaticMethod(new PyBuiltinFunction(name, type.Name, null, method) { StaticOwner = type }));

    public static void AddGetter(PyType type, string name, Func<PyObject, PyObject> getter) =>
        type.Dict.SetItem(PyStr.FromString(name), new PyGetSetDescriptor(type, name, getter));

    public static void AddGetSet(PyType type, string name, Func<PyObject, PyObject> getter, Action<PyObject, PyObject?> setter) =>
        type.Dict.SetItem(PyStr.FromString(name), new PyGetSetDescriptor(type, name, getter, setter));

    public static void AddFunction(PyDict dict, string module, string name, NativeMethod function) =>
        dict.SetItem(PyStr.FromString(name), new PyBuiltinFunction(name, module, null, function));
}
