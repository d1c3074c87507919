namespace Taipan.Runtime.Objects;

/// <summary>Slots and attributes of the builtin exception classes beyond BaseException; run from
/// <see cref="PyBaseException.InitType"/>, before builtin subclasses inherit their bases' slots.</summary>
internal static class ExceptionTypes
{
    public static void InitAll()
    {
        PyStopIteration.InitOwnType(PyTypes.StopIteration);
        PySystemExit.InitOwnType(PyTypes.SystemExit);
        PyImportError.InitOwnType(PyTypes.ImportError);
        PyNameError.InitNameError(PyTypes.NameError);
        PyNameError.InitAttributeError(PyTypes.AttributeError);
        PyOSError.InitOwnType(PyTypes.OSError);
        PySyntaxError.InitOwnType(PyTypes.SyntaxError);
        PyUnicodeError.InitTypes();
        PyBaseExceptionGroup.InitTypes();
        // KeyError_str: the repr of a single key, so that KeyError('') is not an empty message.
        PyTypes.KeyError.Str = static self =>
        {
            var e = (PyBaseException)self;
            return e.Args.Count == 1 ? PyOps.Repr(e.Args[0]) : PyBaseException.StrBase(self);
        };
    }
}
