namespace Taipan.Runtime.Objects;

// The shapes of CPython's type slots. Builtin types fill them with static methods; heap types
// get wrappers that call the special method found on the MRO (see SlotDefinitions).

internal delegate PyObject UnaryFunc(PyObject self);
/// <summary>Number slots receive both operands in source order, either may be the owner.</summary>
internal delegate PyObject BinaryFunc(PyObject left, PyObject right);
internal delegate PyObject TernaryFunc(PyObject a, PyObject b, PyObject c);
internal delegate long HashFunc(PyObject self);
internal delegate long LenFunc(PyObject self);
internal delegate bool InquiryFunc(PyObject self);
internal delegate PyObject RichCompareFunc(PyObject self, PyObject other, CompareOp op);
/// <summary>`__contains__`.</summary>
internal delegate bool ObjObjProc(PyObject self, PyObject item);
/// <summary>`__setitem__` (value non-null) and `__delitem__` (value null), like mp_ass_subscript.</summary>
internal delegate void ObjObjArgProc(PyObject self, PyObject key, PyObject? value);
/// <summary>`__next__`: returns null when exhausted instead of raising StopIteration (hot protocol).</summary>
internal delegate PyObject? IterNextFunc(PyObject self);
/// <summary>Vectorcall shape: positional arguments, then the values of the keyword arguments
/// named by <paramref name="kwnames"/> at the end of <paramref name="args"/>.</summary>
internal delegate PyObject CallFunc(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames);
/// <summary>tp_init: <c>__init__</c> on the object tp_new made (same argument layout as <see cref="CallFunc"/>).</summary>
internal delegate void InitFunc(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);
/// <summary>Attribute lookup; returns null for "not found" so probes do not throw.</summary>
internal delegate PyObject? GetAttrFunc(PyObject self, PyStr name);
internal delegate void SetAttrFunc(PyObject self, PyStr name, PyObject? value);
/// <summary>`__get__`; <paramref name="instance"/> is null for access through the class.</summary>
internal delegate PyObject DescrGetFunc(PyObject descr, PyObject? instance, PyType? owner);
internal delegate void DescrSetFunc(PyObject descr, PyObject instance, PyObject? value);

internal enum CompareOp
{
    Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5,
}
