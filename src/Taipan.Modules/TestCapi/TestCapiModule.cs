using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.TestCapi;

/// <summary>
/// _testcapi: the parts of CPython's C-API test module that say something about Taipan rather than about
/// CPython's C structures: the calling-convention test callables (METH_VARARGS, METH_O, METH_NOARGS,
/// METH_FASTCALL, with and without keywords, as module functions, instance, class and static methods),
/// the PEP 590 method-descriptor types, the generic call entry points (which are plain calls here: Taipan
/// has one calling convention), the C limits and W_STOPCODE. test_call runs on these.
/// Functions that inspect CPython's memory layout, reference counts or allocators are not provided:
/// `from _testcapi import x` for them raises ImportError, which the test suite treats as "skip".
/// </summary>
internal static class TestCapiModule
{
    private static PyModule? module;

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_testcapi", static _ => { });
        module = m;
        var d = m.Dict;
        AddCallingConventions(d, "_testcapi", m);
        Datetime.DatetimeCapiTests.Install(d);
        Set(d, "MethInstance", MethTypes.Instance);
        Set(d, "MethClass", MethTypes.Class);
        Set(d, "MethStatic", MethTypes.Static);
        Set(d, "MethodDescriptorBase", MethodDescriptorTypes.Base);
        Set(d, "MethodDescriptorDerived", MethodDescriptorTypes.Derived);
        Set(d, "MethodDescriptorNopGet", MethodDescriptorTypes.NopGet);
        Set(d, "MethodDescriptor2", MethodDescriptorTypes.Second);

        BindingInstaller.AddFunction(d, "_testcapi", "pyobject_fastcall", static (_, a, k) =>
        {
            Arity(a, k, "pyobject_fastcall", 2);
            return PyOps.Call(a[0], ArgsOf(a[1]));
        });
        BindingInstaller.AddFunction(d, "_testcapi", "pyobject_fastcalldict", static (_, a, k) =>
        {
            Arity(a, k, "pyobject_fastcalldict", 3);
            return CallWithDict(a[0], ArgsOf(a[1]), a[2]);
        });
        BindingInstaller.AddFunction(d, "_testcapi", "pyobject_vectorcall", static (_, a, k) =>
        {
            Arity(a, k, "pyobject_vectorcall", 3);
            var args = ArgsOf(a[1]);
            if (a[2] is PyNone) return PyOps.Call(a[0], args);
            if (a[2] is not PyTuple names) throw PyErrors.TypeError("kwnames must be None or a tuple");
            if (names.Count > args.Length) throw PyErrors.ValueError("kwnames must not be longer than args");
            return PyOps.Call(a[0], args, names.Count == 0 ? null : names);
        });
        BindingInstaller.AddFunction(d, "_testcapi", "pyvectorcall_call", static (_, a, k) =>
        {
            ModuleTypes.NoKeywords(k, "pyvectorcall_call");
            if (a.Length < 2 || a.Length > 3)
                throw PyErrors.TypeError($"pyvectorcall_call expected 2 or 3 arguments, got {a.Length}");
            if (a[1] is not PyTuple args) throw PyErrors.TypeError("args must be a tuple");
            return CallWithDict(a[0], args.Items, a.Length == 3 ? a[2] : PyNone.Instance);
        });
        BindingInstaller.AddFunction(d, "_testcapi", "W_STOPCODE", static (_, a, k) =>
        {
            Arity(a, k, "W_STOPCODE", 1);
            long sig = PyOps.AsIndex(a[0], PyTypes.OverflowError);
            return PyInt.FromLong(((sig & 0xff) << 8) | 0x7f);
        });

        // <limits.h> and <float.h> on the LP64 Linux Taipan runs on, as CPython's module exports them
        SetInt(d, "CHAR_MAX", sbyte.MaxValue); SetInt(d, "CHAR_MIN", sbyte.MinValue); SetInt(d, "UCHAR_MAX", byte.MaxValue);
        SetInt(d, "SHRT_MAX", short.MaxValue); SetInt(d, "SHRT_MIN", short.MinValue); SetInt(d, "USHRT_MAX", ushort.MaxValue);
        SetInt(d, "INT_MAX", int.MaxValue); SetInt(d, "INT_MIN", int.MinValue); SetInt(d, "UINT_MAX", uint.MaxValue);
        SetInt(d, "LONG_MAX", long.MaxValue); SetInt(d, "LONG_MIN", long.MinValue);
        SetInt(d, "LLONG_MAX", long.MaxValue); SetInt(d, "LLONG_MIN", long.MinValue);
        SetInt(d, "PY_SSIZE_T_MAX", long.MaxValue); SetInt(d, "PY_SSIZE_T_MIN", long.MinValue);
        Set(d, "ULONG_MAX", PyInt.FromBig(ulong.MaxValue));
        Set(d, "ULLONG_MAX", PyInt.FromBig(ulong.MaxValue));
        Set(d, "FLT_MAX", new PyFloat(float.MaxValue)); Set(d, "FLT_MIN", new PyFloat(1.1754943508222875e-38));
        Set(d, "DBL_MAX", new PyFloat(double.MaxValue)); Set(d, "DBL_MIN", new PyFloat(2.2250738585072014e-308));
        SetInt(d, "SIZEOF_TIME_T", 8);
        // objects come from the .NET GC, not from pymalloc (test.support.with_pymalloc reads this)
        Set(d, "WITH_PYMALLOC", PyBool.False);
        return m;
    }

    internal static PyModule Module => module!;

    /// <summary>meth_varargs ... meth_fastcall_keywords in <paramref name="d"/>, as module functions whose
    /// C <c>self</c> is <paramref name="self"/>.</summary>
    private static void AddCallingConventions(PyDict d, string owner, PyModule self)
    {
        foreach (var (name, body) in CallingConventions.For(owner, false))
            d.SetItem(StrIntern.Intern(name), new PyBuiltinFunction(name, owner, self, body));
    }

    private static PyObject[] ArgsOf(PyObject o) => o switch
    {
        PyNone => Array.Empty<PyObject>(),
        PyTuple t => t.Items,
        _ => throw PyErrors.TypeError("args must be None or a tuple"),
    };

    private static PyObject CallWithDict(PyObject f, PyObject[] args, PyObject kwargs)
    {
        if (kwargs is PyNone) return PyOps.Call(f, args);
        if (kwargs is not PyDict kw) throw PyErrors.TypeError("kwargs must be None or a dict");
        var all = new PyObject[args.Length + kw.Count];
        args.CopyTo(all, 0);
        var names = new PyObject[kw.Count];
        int pos = 0, i = 0;
        while (kw.Next(ref pos, out var k, out var v))
        {
            names[i] = k;
            all[args.Length + i] = v;
            i++;
        }
        return PyOps.Call(f, all, names.Length == 0 ? null : PyTuple.Wrap(names));
    }

    private static void Arity(ReadOnlySpan<PyObject> a, PyTuple? k, string name, int n)
    {
        ModuleTypes.NoKeywords(k, name);
        if (a.Length != n) throw PyErrors.TypeError($"{name} expected {n} arguments, got {a.Length}");
    }

    private static void Set(PyDict d, string name, PyObject v) => d.SetItem(StrIntern.Intern(name), v);
    private static void SetInt(PyDict d, string name, long v) => Set(d, name, PyInt.FromLong(v));
}
