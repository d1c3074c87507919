namespace Taipan.Runtime.Objects;

/// <summary>Makes the exceptions builtins raise, with CPython's message texts.
/// Usage: <c>throw PyErrors.TypeError("...")</c>. Every factory builds the exception as calling its
/// type would (so OSError gets errno/strerror, StopIteration its value, ...).</summary>
internal static class PyErrors
{
    public static PyException New(PyType type, string message) =>
        new(PyBaseException.Create(type, PyTuple.Of(PyStr.FromString(message))));

    public static PyException New(PyType type, PyObject arg) => new(PyBaseException.Create(type, PyTuple.Of(arg)));

    /// <summary>`type(*args)`.</summary>
    public static PyException New(PyType type, PyTuple args) => new(PyBaseException.Create(type, args));

    /// <summary>The exception object alone, for paths that report it without a .NET throw (the eval
    /// loop's misses: a throw+catch costs microseconds, DESIGN.md §10).</summary>
    public static PyBaseException Make(PyType type, string message) =>
        PyBaseException.Create(type, PyTuple.Of(PyStr.FromString(message)));

    public static PyBaseException Make(PyType type, PyObject arg) => PyBaseException.Create(type, PyTuple.Of(arg));

    public static PyException TypeError(string message) => New(PyTypes.TypeError, message);
    public static PyException ValueError(string message) => New(PyTypes.ValueError, message);
    public static PyException OverflowError(string message) => New(PyTypes.OverflowError, message);
    public static PyException ZeroDivisionError(string message) => New(PyTypes.ZeroDivisionError, message);
    public static PyException IndexError(string message) => New(PyTypes.IndexError, message);
    public static PyException KeyError(PyObject key) => New(PyTypes.KeyError, key);
    public static PyException AttributeError(string message) => New(PyTypes.AttributeError, message);
    public static PyException RuntimeError(string message) => New(PyTypes.RuntimeError, message);
    public static PyException SystemError(string message) => New(PyTypes.SystemError, message);
    public static PyException MemoryError() => new(new PyBaseException(PyTypes.MemoryError, PyTuple.Empty));
    public static PyException StopIteration() => New(PyTypes.StopIteration, PyTuple.Empty);

    /// <summary>What `return value` in a generator raises: StopIteration() for None (as CPython), else StopIteration(value).</summary>
    public static PyException StopIterationWith(PyObject value) =>
        value == PyNone.Instance ? StopIteration() : New(PyTypes.StopIteration, PyTuple.Of(value));

    /// <summary>OSError(errno, strerror(errno)[, filename[, None, filename2]]): the errno picks the subclass
    /// (ENOENT → FileNotFoundError, ...); strerror is glibc's text.</summary>
    public static PyException OSErrorFromErrno(int errno, string? filename = null, string? filename2 = null) =>
        OSErrorFromErrno(errno, filename is null ? null : PyStr.FromString(filename), filename2 is null ? null : PyStr.FromString(filename2));

    /// <summary>PyErr_SetFromErrnoWithFilenameObjects: filenames may be str, bytes or any object.</summary>
    public static PyException OSErrorFromErrno(int errno, PyObject? filename, PyObject? filename2 = null)
    {
        var no = PyInt.FromLong(errno);
        var text = PyStr.FromString(ErrnoMessages.Get(errno));
        PyTuple args;
        if (filename is null) args = PyTuple.Of(no, text);
        else if (filename2 is null) args = PyTuple.Of(no, text, filename);
        else args = PyTuple.Wrap(new[] { no, text, filename, PyNone.Instance, filename2 });
        return New(PyTypes.OSError, args);
    }

    /// <summary>An OSError subclass with a message only, e.g. OSErrorMessage(PyTypes.FileNotFoundError, "...").</summary>
    public static PyException OSErrorMessage(PyType type, string message) => New(type, message);

    /// <summary>UnicodeDecodeError(encoding, object, start, end, reason); <paramref name="obj"/> is a bytes object.</summary>
    public static PyException UnicodeDecodeError(string encoding, PyObject obj, long start, long end, string reason) =>
        New(PyTypes.UnicodeDecodeError, PyTuple.Wrap(new[]
        {
            PyStr.FromString(encoding), obj, PyInt.FromLong(start), PyInt.FromLong(end), PyStr.FromString(reason),
        }));

    /// <summary>UnicodeDecodeError over raw bytes (copied into a bytes object).</summary>
    public static PyException UnicodeDecodeError(string encoding, ReadOnlySpan<byte> data, long start, long end, string reason) =>
        UnicodeDecodeError(encoding, MakeBytes(data), start, end, reason);

    /// <summary>UnicodeEncodeError(encoding, object, start, end, reason).</summary>
    public static PyException UnicodeEncodeError(string encoding, PyStr obj, long start, long end, string reason) =>
        New(PyTypes.UnicodeEncodeError, PyTuple.Wrap(new PyObject[]
        {
            PyStr.FromString(encoding), obj, PyInt.FromLong(start), PyInt.FromLong(end), PyStr.FromString(reason),
        }));

    /// <summary>UnicodeTranslateError(object, start, end, reason).</summary>
    public static PyException UnicodeTranslateError(PyStr obj, long start, long end, string reason) =>
        New(PyTypes.UnicodeTranslateError, PyTuple.Wrap(new PyObject[]
        {
            obj, PyInt.FromLong(start), PyInt.FromLong(end), PyStr.FromString(reason),
        }));

    /// <summary>ImportError(msg, name=name, path=path) (ModuleNotFoundError with <paramref name="type"/>).</summary>
    public static PyException ImportError(string message, PyObject? name = null, PyObject? path = null, PyType? type = null)
    {
        var e = (PyImportError)PyBaseException.Create(type ?? PyTypes.ImportError, PyTuple.Of(PyStr.FromString(message)));
        e.Name = name;
        e.Path = path;
        return new PyException(e);
    }

    /// <summary>ImportError with str name/path.</summary>
    public static PyException ImportError(string message, string? name, string? path = null) =>
        ImportError(message, name is null ? null : PyStr.FromString(name), path is null ? null : PyStr.FromString(path));

    /// <summary>ModuleNotFoundError("No module named 'x'", name='x').</summary>
    public static PyException ModuleNotFoundError(string message, string name) =>
        ImportError(message, PyStr.FromString(name), null, PyTypes.ModuleNotFoundError);

    /// <summary>AttributeError(message, name=, obj=) (what the "Did you mean" suggestions read).</summary>
    public static PyException AttributeError(string message, PyObject? obj, PyStr? name) =>
        new(MakeAttributeError(message, obj, name));

    public static PyBaseException MakeAttributeError(string message, PyObject? obj, PyStr? name) =>
        // what AttributeError(message, name=name, obj=obj) makes, without the calls' argument copies
        new PyNameError(PyTypes.AttributeError, PyTuple.Of(PyStr.FromString(message))) { Name = name, Obj = obj };

    /// <summary>NameError(message, name=).</summary>
    public static PyException NameError(string message, PyStr name, PyType? type = null)
    {
        var args = PyTuple.Of(PyStr.FromString(message));
        var e = type is null ? new PyNameError(PyTypes.NameError, args) : (PyNameError)PyBaseException.Create(type, args);
        e.Name = name;
        return new PyException(e);
    }

    /// <summary>"'X' object cannot be interpreted as an integer" family.</summary>
    public static PyException NotAnInteger(PyObject o) =>
        TypeError($"'{o.type.Name}' object cannot be interpreted as an integer");

    /// <summary>A bytes object with a copy of <paramref name="data"/> (bytes lives outside the runtime core).</summary>
    private static PyObject MakeBytes(ReadOnlySpan<byte> data)
    {
        var bt = PyUnicodeError.BytesType ?? throw SystemError("bytes type missing");
        var items = new PyObject[data.Length];
        for (int i = 0; i < data.Length; i++) items[i] = PyInt.FromLong(data[i]);
        return PyOps.Call(bt, new PyObject[] { PyList.FromSpan(items) });
    }
}
