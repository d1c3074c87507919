# _testcapi's calling-convention callables and PEP 590 types, as test_call uses them.
import _testcapi
import _testinternalcapi

obj_kinds = [
    ("module", _testcapi, _testcapi),
    ("instance", _testcapi.MethInstance(), None),
    ("class", _testcapi.MethClass, _testcapi.MethClass),
    ("class via instance", _testcapi.MethClass(), _testcapi.MethClass),
    ("static", _testcapi.MethStatic(), None),
]
for label, obj, expected_self in obj_kinds:
    if label == "instance":
        expected_self = obj
    r = [
        obj.meth_varargs(1, 2),
        obj.meth_varargs_keywords(1, a=2),
        obj.meth_varargs_keywords(),
        obj.meth_o(5),
        obj.meth_noargs(),
        obj.meth_fastcall(*[1, 2, 3]),
        obj.meth_fastcall_keywords(1, **{"k": 2}),
    ]
    ok = r[0][0] is expected_self and r[3] == (expected_self, 5) and r[4] is expected_self
    print(label, ok, [x[1:] if isinstance(x, tuple) else "self" for x in r])
    for call in (lambda: obj.meth_o(), lambda: obj.meth_o(1, 2), lambda: obj.meth_o(k=1),
                 lambda: obj.meth_noargs(1), lambda: obj.meth_noargs(k=1),
                 lambda: obj.meth_varargs(k=1), lambda: obj.meth_fastcall(k=1)):
        try:
            call()
        except TypeError as e:
            print("  TypeError", e)

print(_testcapi.meth_varargs, _testcapi.meth_o.__self__ is _testcapi, _testcapi.meth_o.__module__)
print(_testcapi.pyobject_fastcall(max, (3, 9, 4)), _testcapi.pyobject_fastcall(dict, None))
print(_testcapi.pyobject_fastcalldict(dict, (), {"a": 1}), _testcapi.pyobject_fastcalldict(sorted, ([3, 1],), None))
print(_testcapi.pyobject_vectorcall(sorted, ([3, 1, 2], True), ("reverse",)), _testcapi.pyobject_vectorcall(len, ("abc",), ()))
print(_testcapi.pyvectorcall_call(sum, ([36],), {"start": 6}), _testcapi.pyvectorcall_call(len, (range(42),)))

MD, VC = 1 << 17, 1 << 11
for t in (_testcapi.MethodDescriptorBase, _testcapi.MethodDescriptorDerived, _testcapi.MethodDescriptorNopGet,
          _testcapi.MethodDescriptor2, _testcapi.MethInstance, type, type(len), type(list.append),
          type(list.__add__), type(lambda: 0), type([].append)):
    print(t.__name__, bool(t.__flags__ & MD), bool(t.__flags__ & VC), t.__mro__[1:])


class Heap(_testcapi.MethodDescriptorBase):
    pass


print(bool(Heap.__flags__ & MD), bool(Heap.__flags__ & VC))


class Holder:
    base = _testcapi.MethodDescriptorBase()
    nop = _testcapi.MethodDescriptorNopGet()
    two = _testcapi.MethodDescriptor2()


h = Holder()
print(type(h.base).__name__, h.base(), Holder.base(0), type(h.nop).__name__, h.nop(1, 2), h.two(), Heap()(0))
print(_testcapi.INT_MAX, _testcapi.INT_MIN, _testcapi.UINT_MAX, _testcapi.LLONG_MIN, _testcapi.ULLONG_MAX,
      _testcapi.PY_SSIZE_T_MAX, _testcapi.SHRT_MIN, _testcapi.UCHAR_MAX, _testcapi.DBL_MAX, _testcapi.FLT_MIN)
print(_testcapi.W_STOPCODE(19), _testcapi.SIZEOF_TIME_T)
cfg = _testinternalcapi.get_config()
print(cfg["code_debug_ranges"], cfg["optimization_level"], cfg["argv"] == __import__("sys").argv)


def depth():
    return _testinternalcapi.get_recursion_depth()


def deeper(n):
    return depth() if n == 0 else deeper(n - 1)


print(deeper(10) - depth())
