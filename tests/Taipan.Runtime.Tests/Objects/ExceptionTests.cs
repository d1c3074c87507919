using static Taipan.Runtime.Tests.Py;

namespace Taipan.Runtime.Tests.Objects;

public class ExceptionTests
{
    private static string Str(PyObject o) => PyOps.Str(o).Value;

    [Fact]
    public void OSErrorFromErrno_picks_the_subclass_and_glibc_text()
    {
        var e = PyErrors.OSErrorFromErrno(2, "x.txt").Value;
        Assert.Same(PyTypes.FileNotFoundError, e.Type);
        Assert.Equal("[Errno 2] No such file or directory: 'x.txt'", Str(e));
        Assert.Equal("FileNotFoundError(2, 'No such file or directory')", Repr(e));
        var p = (PyOSError)PyErrors.OSErrorFromErrno(13, "a", "b").Value;
        Assert.Same(PyTypes.PermissionError, p.Type);
        Assert.Equal("[Errno 13] Permission denied: 'a' -> 'b'", Str(p));
        Assert.Equal("b", ((PyStr)p.Filename2!).Value);
        Assert.Same(PyTypes.OSError, PyErrors.OSErrorFromErrno(5).Value.Type);
        Assert.Equal("[Errno 5] Input/output error", Str(PyErrors.OSErrorFromErrno(5).Value));
    }

    [Fact]
    public void Message_factories_build_through_the_type_constructor()
    {
        var e = (PyOSError)PyErrors.New(PyTypes.OSError, "not readable").Value;
        Assert.Null(e.Errno);
        Assert.Equal("not readable", Str(e));
        var s = (PyStopIteration)PyErrors.StopIteration().Value;
        Assert.Same(PyNone.Instance, s.Value);
        Assert.Equal("StopIteration()", Repr(s));
        Assert.Equal("StopIteration()", Repr(PyErrors.StopIterationWith(PyNone.Instance).Value));
        var v = (PyStopIteration)PyErrors.StopIterationWith(T(I(1), I(2))).Value;
        Assert.Equal("StopIteration((1, 2))", Repr(v));
        Assert.Equal("(1, 2)", Repr(v.Value!));
        Assert.Equal("'k'", Str(PyErrors.KeyError(S("k")).Value));
    }

    [Fact]
    public void ImportError_and_AttributeError_factories_set_their_fields()
    {
        var m = (PyImportError)PyErrors.ModuleNotFoundError("No module named 'zz'", "zz").Value;
        Assert.Same(PyTypes.ModuleNotFoundError, m.Type);
        Assert.Equal("zz", ((PyStr)m.Name!).Value);
        Assert.Equal("No module named 'zz'", Str(m));
        var i = (PyImportError)PyErrors.ImportError("cannot import", "mod", "/p").Value;
        Assert.Equal("/p", ((PyStr)i.Path!).Value);
        var a = (PyNameError)PyErrors.AttributeError("no", I(5), S("x")).Value;
        Assert.Equal("x", ((PyStr)a.Name!).Value);
        Assert.Equal("5", Repr(a.Obj!));
    }

    [Fact]
    public void Unicode_errors_print_cpythons_messages()
    {
        Assert.Equal("'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)",
            Str(PyErrors.UnicodeEncodeError("ascii", S("aé"), 1, 2, "ordinal not in range(128)").Value));
        Assert.Equal("can't translate characters in position 0-1: r",
            Str(PyErrors.UnicodeTranslateError(S("ab"), 0, 2, "r").Value));
    }

    [Fact]
    public void Exception_group_selects_its_class_and_splits()
    {
        var g = (PyBaseExceptionGroup)PyOps.Call(PyTypes.BaseExceptionGroup,
            new PyObject[] { S("m"), L(PyErrors.ValueError("a").Value, PyErrors.TypeError("b").Value) });
        Assert.Same(PyTypes.ExceptionGroup, g.Type);
        Assert.True(g.Type.IsSubtypeOf(PyTypes.Exception));
        Assert.Equal("m (2 sub-exceptions)", Str(g));
        var parts = (PyTuple)Call(g, "split", PyTypes.ValueError);
        Assert.Equal("ExceptionGroup('m', [ValueError('a')])", Repr(parts[0]));
        Assert.Equal("ExceptionGroup('m', [TypeError('b')])", Repr(parts[1]));
        Raises(PyTypes.TypeError, () => PyOps.Call(PyTypes.ExceptionGroup,
            new PyObject[] { S("m"), L(PyBaseException.Create(PyTypes.KeyboardInterrupt, PyTuple.Empty)) }));
    }
}
