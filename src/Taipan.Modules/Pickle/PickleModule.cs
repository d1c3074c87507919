using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Pickle;

/// <summary>_pickle: the C accelerator pickle.py imports Pickler, Unpickler, dump(s), load(s), the
/// exceptions and PickleBuffer from.</summary>
internal static class PickleModule
{
    private static readonly string[] DumpNames = { "obj", "file", "protocol", "fix_imports", "buffer_callback" };
    private static readonly string[] DumpsNames = { "obj", "protocol", "fix_imports", "buffer_callback" };
    private static readonly string[] LoadNames = { "file", "fix_imports", "encoding", "errors", "buffers" };
    private static readonly string[] LoadsNames = { "data", "fix_imports", "encoding", "errors", "buffers" };

    public static PyModule Create()
    {
        var st = PickleState.Get();
        var m = NativeModules.FromBindings("_pickle", static _ => { });
        var d = m.Dict;
        d.SetItem(PyStr.FromAscii("PickleError"), st.PickleError);
        d.SetItem(PyStr.FromAscii("PicklingError"), st.PicklingError);
        d.SetItem(PyStr.FromAscii("UnpicklingError"), st.UnpicklingError);
        d.SetItem(PyStr.FromAscii("Pickler"), Pickler.PyTypeObject);
        d.SetItem(PyStr.FromAscii("Unpickler"), Unpickler.PyTypeObject);
        d.SetItem(PyStr.FromAscii("PickleBuffer"), PickleBuffer.PyTypeObject);
        BindingInstaller.AddFunction(d, "_pickle", "dump", Dump);
        BindingInstaller.AddFunction(d, "_pickle", "dumps", Dumps);
        BindingInstaller.AddFunction(d, "_pickle", "load", Load);
        BindingInstaller.AddFunction(d, "_pickle", "loads", Loads);
        return m;
    }

    /// <summary>Parameters after <paramref name="positional"/> are keyword-only.</summary>
    private static PyObject?[] Parse(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, string[] names, int positional, int required)
    {
        int n = ArgParser.Positional(args, kwnames);
        if (n > positional)
            throw PyErrors.TypeError($"{name}() takes {(required < positional ? "from " + required + " to " + positional : positional.ToString())} positional argument{(positional == 1 ? "" : "s")} but {n} were given");
        return ArgParser.Unpack(args, kwnames, name, names, 0, required);
    }

    private static PyObject Dump(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = Parse(args, kwnames, "dump", DumpNames, 3, 2);
        var p = new Pickler(Pickler.PyTypeObject);
        p.Setup(s[2], s[3], s[4]);
        p.SetOutputFile(s[1]!);
        p.Initialized = true;
        p.Dump(s[0]!);
        var data = p.GetBytes();
        PyOps.Call(Pickler.LookupAttr(s[1]!, "write")!, [data]);
        return PyNone.Instance;
    }

    private static PyObject Dumps(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = Parse(args, kwnames, "dumps", DumpsNames, 2, 1);
        var p = new Pickler(Pickler.PyTypeObject);
        p.Setup(s[1], s[2], s[3]);
        p.Initialized = true;
        p.Dump(s[0]!);
        return p.GetBytes();
    }

    private static PyObject Load(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = Parse(args, kwnames, "load", LoadNames, 1, 1);
        var u = new Unpickler(Unpickler.PyTypeObject);
        u.SetInputFile(s[0]!);
        u.Setup(s[1], s[2], s[3], s[4]);
        return u.Load();
    }

    private static PyObject Loads(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = Parse(args, kwnames, "loads", LoadsNames, 1, 1);
        var u = new Unpickler(Unpickler.PyTypeObject);
        u.SetInputData(s[0]!);
        u.Setup(s[1], s[2], s[3], s[4]);
        return u.Load();
    }
}
