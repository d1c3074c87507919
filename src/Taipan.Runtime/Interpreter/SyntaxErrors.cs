using Taipan.Compiler.Diagnostics;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>Turns the front end's <see cref="PythonSyntaxError"/> into the Python exception, with
/// CPython's args: (msg, (filename, lineno, offset, text, end_lineno, end_offset)).</summary>
internal static class SyntaxErrors
{
    public static PyException ToPython(PythonSyntaxError se)
    {
        var type = se.Kind switch
        {
            SyntaxErrorKind.IndentationError => PyTypes.IndentationError,
            SyntaxErrorKind.TabError => PyTypes.TabError,
            _ => PyTypes.SyntaxError,
        };
        PyObject text = se.Text is null ? PyNone.Instance : PyStr.FromString(se.Text);
        var details = PyTuple.Wrap(new PyObject[]
        {
            PyStr.FromString(se.Filename), PyInt.FromLong(se.Lineno), PyInt.FromLong(se.Offset), text,
            PyInt.FromLong(se.EndLineno), PyInt.FromLong(se.EndOffset),
        });
        var value = PyOps.Call(type, new PyObject[] { PyStr.FromString(se.Msg), details });
        var e = (PyBaseException)value;
        ExceptionAttributes.Set(e, "msg", PyStr.FromString(se.Msg));
        ExceptionAttributes.Set(e, "filename", PyStr.FromString(se.Filename));
        ExceptionAttributes.Set(e, "lineno", PyInt.FromLong(se.Lineno));
        ExceptionAttributes.Set(e, "offset", PyInt.FromLong(se.Offset));
        ExceptionAttributes.Set(e, "text", text);
        ExceptionAttributes.Set(e, "end_lineno", PyInt.FromLong(se.EndLineno));
        ExceptionAttributes.Set(e, "end_offset", PyInt.FromLong(se.EndOffset));
        return new PyException(e);
    }
}
