using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Csv;

/// <summary>_csv: the reader/writer state machines and the dialect registry that csv.py builds on.</summary>
[PyModule("_csv")]
internal static partial class CsvModule
{
    internal static readonly PyType DialectType, ReaderType, WriterType;
    private static PyType? error;
    private static readonly PyDict Dialects = new();
    internal static long FieldLimit = 128 * 1024;

    static CsvModule()
    {
        DialectType = PyType.CreateBuiltin(PyTypes.Type, "_csv.Dialect", PyTypes.Object, TypeFlags.BaseType, 362);
        PyDialect.InitType(DialectType);
        BuiltinTypeSlots.Complete(DialectType);
        ReaderType = PyType.CreateBuiltin(PyTypes.Type, "_csv.reader", PyTypes.Object, TypeFlags.None, 363);
        CsvReader.InitType(ReaderType);
        BuiltinTypeSlots.Complete(ReaderType);
        WriterType = PyType.CreateBuiltin(PyTypes.Type, "_csv.writer", PyTypes.Object, TypeFlags.None, 364);
        CsvWriter.InitType(WriterType);
        BuiltinTypeSlots.Complete(WriterType);
    }

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_csv", InstallPyBindings);
        if (error is null)
        {
            error = (PyType)PyOps.Call(PyTypes.Type, [PyStr.FromAscii("Error"), PyTuple.Of(PyTypes.Exception), new PyDict()]);
            error.Dict.SetItem(Names.Module, PyStr.FromAscii("_csv"));
        }
        var d = m.Dict;
        d.SetItem(PyStr.FromAscii("Error"), error);
        d.SetItem(PyStr.FromAscii("Dialect"), DialectType);
        d.SetItem(PyStr.FromAscii("Reader"), ReaderType);
        d.SetItem(PyStr.FromAscii("Writer"), WriterType);
        d.SetItem(PyStr.FromAscii("_dialects"), Dialects);
        d.SetItem(PyStr.FromAscii("QUOTE_MINIMAL"), PyInt.FromLong(PyDialect.QuoteMinimal));
        d.SetItem(PyStr.FromAscii("QUOTE_ALL"), PyInt.FromLong(PyDialect.QuoteAll));
        d.SetItem(PyStr.FromAscii("QUOTE_NONNUMERIC"), PyInt.FromLong(PyDialect.QuoteNonNumeric));
        d.SetItem(PyStr.FromAscii("QUOTE_NONE"), PyInt.FromLong(PyDialect.QuoteNone));
        d.SetItem(PyStr.FromAscii("__version__"), PyStr.FromAscii("1.0"));
        return m;
    }

    internal static PyException Error(string message) => new((PyBaseException)PyOps.Call(error!, [PyStr.FromString(message)]));

    internal static PyObject GetDialect(PyObject name) =>
        Dialects.GetItemOrNull(name) ?? throw Error("unknown dialect");

    /// <summary>_call_dialect: Dialect(dialect, **kwargs), or Dialect(**kwargs) without one.</summary>
    internal static PyDialect CallDialect(PyObject? dialect, ReadOnlySpan<PyObject> kwvalues, PyTuple? kwnames)
    {
        if (dialect is null) return (PyDialect)PyDialect.New(DialectType, kwvalues, kwnames);
        var all = new PyObject[kwvalues.Length + 1];
        all[0] = dialect;
        kwvalues.CopyTo(all.AsSpan(1));
        return (PyDialect)PyDialect.New(DialectType, all, kwnames);
    }

    /// <summary>PyArg_UnpackTuple(args, "", min, max): " expected at least 1 argument, got 0".</summary>
    private static int Positional(ReadOnlySpan<PyObject> args, PyTuple? kwnames, int min, int max)
    {
        int n = args.Length - (kwnames?.Count ?? 0);
        if (n < min) throw PyErrors.TypeError($" expected {(min == max ? "" : "at least ")}{min} argument{(min == 1 ? "" : "s")}, got {n}");
        if (n > max) throw PyErrors.TypeError($" expected {(min == max ? "" : "at most ")}{max} argument{(max == 1 ? "" : "s")}, got {n}");
        return n;
    }

    [PyFunction]
    internal static PyObject reader(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int n = Positional(args, kwnames, 1, 2);
        var iter = PyOps.GetIter(args[0]);
        var dialect = CallDialect(n > 1 ? args[1] : null, args[n..], kwnames);
        return new CsvReader(ReaderType, iter, dialect);
    }

    [PyFunction]
    internal static PyObject writer(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int n = Positional(args, kwnames, 1, 2);
        PyObject? write;
        try
        {
            write = PyOps.GetAttrOrNull(args[0], PyStr.FromAscii("write"));
        }
        catch (PyException e) when (e.Matches(PyTypes.AttributeError))
        {
            write = null;
        }
        if (write is null || write.type.Call is null) throw PyErrors.TypeError("argument 1 must have a \"write\" method");
        var dialect = CallDialect(n > 1 ? args[1] : null, args[n..], kwnames);
        return new CsvWriter(WriterType, write, dialect);
    }

    [PyFunction]
    internal static PyObject register_dialect(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int n = Positional(args, kwnames, 1, 2);
        var name = args[0];
        if (name is not PyStr) throw PyErrors.TypeError("dialect name must be a string");
        var dialect = CallDialect(n > 1 ? args[1] : null, args[n..], kwnames);
        Dialects.SetItem(name, dialect);
        return PyNone.Instance;
    }

    [PyFunction]
    internal static PyObject unregister_dialect(PyObject name)
    {
        if (Dialects.GetItemOrNull(name) is null) throw Error("unknown dialect");
        Dialects.DelItem(name);
        return PyNone.Instance;
    }

    [PyFunction]
    internal static PyObject get_dialect(PyObject name) => GetDialect(name);

    [PyFunction]
    internal static PyObject list_dialects() => PyOps.ToList(Dialects);

    [PyFunction]
    internal static PyObject field_size_limit(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        if (args.Length > 1) throw PyErrors.TypeError($"field_size_limit() takes at most 1 argument ({args.Length} given)");
        if (nkw == 1 && ((PyStr)kwnames!.Items[0]).Value != "new_limit")
            throw PyErrors.TypeError($"'{((PyStr)kwnames.Items[0]).Value}' is an invalid keyword argument for field_size_limit()");
        long old = FieldLimit;
        if (args.Length == 1)
        {
            if (args[0] is not PyInt i) throw PyErrors.TypeError("limit must be an integer");
            if (!i.IsSmall) throw PyErrors.OverflowError("Python int too large to convert to C long");
            FieldLimit = i.Small;
        }
        return PyInt.FromLong(old);
    }
}
