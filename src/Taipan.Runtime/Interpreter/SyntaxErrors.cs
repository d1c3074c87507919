using Taipan.Compiler.Diagnostics;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>Turns the front end's <see cref="PythonSyntaxError"/> into the Python exception, with
/// CPython's args: (msg, (filename, lineno, offset, text, end_lineno, end_offset)).</summary>
internal static class SyntaxErrors
{
    /// <summary>
    /// An error of the symbol table or the compiler (after parsing) carries, as in CPython
    /// (PyErr_ProgramTextObject), the line read back from the file named by the code: `compile(src,
    /// "<string>", "exec")` gives text None, a script gives its line.
    /// </summary>
    public static PythonSyntaxError WithProgramText(PythonSyntaxError se)
    {
        string? text = ProgramLine(se.Filename, se.Lineno);
        return text == se.Text ? se
            : new PythonSyntaxError(se.Kind, se.Msg, se.Filename, se.Lineno, se.Offset, text, se.EndLineno, se.EndOffset);
    }

    private static string? ProgramLine(string filename, int lineno)
    {
        if (lineno < 1 || filename.Length == 0 || filename[0] == '<') return null;
        try
        {
            if (!File.Exists(filename)) return null;
            using var reader = new StreamReader(filename, System.Text.Encoding.UTF8);
            string? line = null;
            for (int i = 0; i < lineno; i++)
                if ((line = reader.ReadLine()) is null) return null;
            return line + "\n";
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

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
