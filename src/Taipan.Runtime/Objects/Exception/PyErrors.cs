namespace Taipan.Runtime.Objects;

/// <summary>Makes the exceptions builtins raise, with CPython's message texts.
/// Usage: <c>throw PyErrors.TypeError("...")</c>.</summary>
internal static class PyErrors
{
    public static PyException New(PyType type, string message) =>
        new(new PyBaseException(type, PyTuple.Of(PyStr.FromString(message))));

    public static PyException New(PyType type, PyObject arg) => new(new PyBaseException(type, PyTuple.Of(arg)));

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
    public static PyException StopIteration() => new(new PyBaseException(PyTypes.StopIteration, PyTuple.Empty));

    /// <summary>The "'X' object cannot be interpreted as an integer" family.</summary>
    public static PyException NotAnInteger(PyObject o) =>
        TypeError($"'{o.type.Name}' object cannot be interpreted as an integer");
}
