using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>A value yielded by an async generator (as opposed to one yielded by an inner await):
/// the asend/athrow awaitables turn it into the StopIteration that completes the await.</summary>
internal sealed class AsyncGenWrappedValue : PyObject
{
    public readonly PyObject Value;

    public AsyncGenWrappedValue(PyObject value) : base(RuntimeTypes.AsyncGenWrappedValue) => Value = value;
}

/// <summary>The awaitable returned by asend()/__anext__ (and, with <see cref="IsThrow"/>, by
/// athrow()/aclose()): each step resumes the async generator and unwraps what it yields.</summary>
internal sealed class AsyncGenASend : PyObject
{
    private readonly PyGenerator gen;
    private readonly PyObject sendValue;
    private readonly PyObject[]? throwArgs;
    public readonly bool IsThrow, IsClose;
    private int state; // 0 init, 1 iterating, 2 done

    public AsyncGenASend(PyType type, PyGenerator gen, PyObject sendValue, PyObject[]? throwArgs, bool isThrow, bool isClose) : base(type)
    {
        this.gen = gen;
        this.sendValue = sendValue;
        this.throwArgs = throwArgs;
        IsThrow = isThrow;
        IsClose = isClose;
    }

    private PyObject Step(PyObject? value, PyBaseException? throwIn)
    {
        if (state == 2)
            throw PyErrors.RuntimeError(IsThrow ? "cannot reuse already awaited aclose()/athrow()" : "cannot reuse already awaited __anext__()/asend()");
        PyObject r;
        bool returned;
        try
        {
            if (state == 0)
            {
                state = 1;
                if (IsThrow)
                {
                    // async_gen_athrow_send: a finished frame completes the await (StopIteration);
                    // a generator closed but not finished says StopAsyncIteration.
                    if (gen.IsFinished)
                    {
                        state = 2;
                        throw PyErrors.StopIteration();
                    }
                    if (gen.AsyncClosed)
                    {
                        state = 2;
                        throw new PyException(new PyBaseException(PyTypes.StopAsyncIteration, PyTuple.Empty));
                    }
                    var exc = IsClose ? new PyBaseException(PyTypes.GeneratorExit, PyTuple.Empty) : PyGenerator.MakeThrown(throwArgs!);
                    if (IsClose) gen.AsyncClosed = true;
                    r = gen.Throw(exc, out returned);
                }
                else
                {
                    r = throwIn is not null ? gen.Throw(throwIn, out returned) : gen.Resume(value == PyNone.Instance || value is null ? sendValue : value, null, out returned);
                }
            }
            else
            {
                r = throwIn is not null ? gen.Throw(throwIn, out returned) : gen.Resume(value ?? PyNone.Instance, null, out returned);
            }
        }
        catch (PyException e)
        {
            state = 2;
            if (IsClose && (e.Matches(PyTypes.GeneratorExit) || e.Matches(PyTypes.StopAsyncIteration)))
                throw PyErrors.StopIteration();
            throw;
        }
        if (returned)
        {
            state = 2;
            if (IsClose) throw PyErrors.StopIteration();
            throw new PyException(new PyBaseException(PyTypes.StopAsyncIteration, PyTuple.Empty));
        }
        if (r is AsyncGenWrappedValue w)
        {
            state = 2;
            if (IsClose) throw PyErrors.RuntimeError("async generator ignored GeneratorExit");
            throw new PyException(PyGenerator.StopIterationWith(w.Value));
        }
        return r;
    }

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        t.IterNext = static self => ((AsyncGenASend)self).Step(PyNone.Instance, null);
        BindingInstaller.AddMethod(t, "__await__", static (s, a, k) => s!);
        BindingInstaller.AddMethod(t, "send", static (s, a, k) => ((AsyncGenASend)s!).Step(a[0], null));
        BindingInstaller.AddMethod(t, "throw", static (s, a, k) => ((AsyncGenASend)s!).Step(null, PyGenerator.MakeThrown(a)));
        BindingInstaller.AddMethod(t, "close", static (s, a, k) => { ((AsyncGenASend)s!).state = 2; return PyNone.Instance; });
    }
}

internal static class AsyncGenOps
{
    internal static void InitTypes(PyType asend, PyType athrow, PyType wrapped)
    {
        AsyncGenASend.InitType(asend);
        AsyncGenASend.InitType(athrow);
    }

    internal static void InstallAsyncGeneratorMethods(PyType agen)
    {
        agen.Dict.SetItem(StrIntern.Intern("__aiter__"), new PyMethodDescriptor(agen, "__aiter__", static (s, a, k) => s!));
        agen.Dict.SetItem(StrIntern.Intern("__anext__"), new PyMethodDescriptor(agen, "__anext__", static (s, a, k) =>
            new AsyncGenASend(RuntimeTypes.AsyncGenASend, FirstIter((PyGenerator)s!), PyNone.Instance, null, false, false)));
        BindingInstaller.AddMethod(agen, "asend", static (s, a, k) =>
            new AsyncGenASend(RuntimeTypes.AsyncGenASend, FirstIter((PyGenerator)s!), a[0], null, false, false));
        BindingInstaller.AddMethod(agen, "athrow", static (s, a, k) =>
            new AsyncGenASend(RuntimeTypes.AsyncGenAThrow, FirstIter((PyGenerator)s!), PyNone.Instance, a.ToArray(), true, false));
        BindingInstaller.AddMethod(agen, "aclose", static (s, a, k) =>
            new AsyncGenASend(RuntimeTypes.AsyncGenAThrow, FirstIter((PyGenerator)s!), PyNone.Instance, null, true, true));
    }

    /// <summary>sys.set_asyncgen_hooks' firstiter runs on the first iteration step (asyncio tracks
    /// async generators with it to close them at shutdown).</summary>
    private static PyGenerator FirstIter(PyGenerator g)
    {
        if (g.HooksInitialized) return g;
        g.HooksInitialized = true;
        var hook = Builtins.SysModule.AsyncGenFirstIter;
        if (hook is not null && hook != PyNone.Instance) PyOps.Call(hook, new PyObject[] { g });
        return g;
    }
}
