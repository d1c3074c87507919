using Taipan.Runtime.Objects;

namespace Taipan.Modules.TestCapi;

/// <summary>
/// The bodies of _testcapi's meth_* callables: each returns its receiver (None for a static method) and
/// what it was given, and rejects arguments as CPython's argument parsing for that METH_* flag does.
/// </summary>
internal static class CallingConventions
{
    /// <summary>The six callables; <paramref name="owner"/> prefixes the names in argument errors as CPython 3.11's
    /// messages do ("_testcapi.meth_o()", "MethClass.meth_o()"). METH_VARARGS rejects keywords with the bare
    /// name, except through a method descriptor (an instance method), which says its qualified name.</summary>
    public static (string Name, Taipan.Runtime.Binding.NativeMethod Body)[] For(string owner, bool instanceMethods)
    {
        string varargs = instanceMethods ? owner + ".meth_varargs" : "meth_varargs";
        string o = owner + ".meth_o", noargs = owner + ".meth_noargs", fast = owner + ".meth_fastcall";
        return new (string, Taipan.Runtime.Binding.NativeMethod)[]
        {
            ("meth_varargs", (self, a, k) => { NoKeywords(k, varargs); return PyTuple.Of(Receiver(self), PyTuple.Wrap(a.ToArray())); }),
            ("meth_varargs_keywords", static (self, a, k) => WithKeywords(self, a, k)),
            ("meth_o", (self, a, k) =>
            {
                NoKeywords(k, o);
                if (a.Length != 1) throw PyErrors.TypeError($"{o}() takes exactly one argument ({a.Length} given)");
                return PyTuple.Of(Receiver(self), a[0]);
            }),
            ("meth_noargs", (self, a, k) =>
            {
                NoKeywords(k, noargs);
                if (a.Length != 0) throw PyErrors.TypeError($"{noargs}() takes no arguments ({a.Length} given)");
                return Receiver(self);
            }),
            ("meth_fastcall", (self, a, k) => { NoKeywords(k, fast); return PyTuple.Of(Receiver(self), PyTuple.Wrap(a.ToArray())); }),
            ("meth_fastcall_keywords", static (self, a, k) => WithKeywords(self, a, k)),
        };
    }

    private static PyObject Receiver(PyObject? self) => self ?? PyNone.Instance;

    private static void NoKeywords(PyTuple? k, string name) => ModuleTypes.NoKeywords(k, name);

    /// <summary>(self, args, kwargs), kwargs None when the call had no keywords (C's NULL).</summary>
    private static PyObject WithKeywords(PyObject? self, ReadOnlySpan<PyObject> a, PyTuple? k)
    {
        int nkw = k?.Count ?? 0;
        int npos = a.Length - nkw;
        PyObject kwargs = PyNone.Instance;
        if (nkw > 0)
        {
            var d = new PyDict();
            for (int i = 0; i < nkw; i++) d.SetItem(k![i], a[npos + i]);
            kwargs = d;
        }
        return PyTuple.Of(Receiver(self), PyTuple.Wrap(a[..npos].ToArray()), kwargs);
    }
}
