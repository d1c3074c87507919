using Taipan.Compiler.Bytecode;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>`await`, `async for` and `async with` operands (GET_AWAITABLE, GET_AITER, GET_ANEXT).</summary>
internal static class AsyncOps
{
    /// <summary>_PyCoro_GetAwaitableIter with 3.11's messages; <paramref name="where"/> 1/2 = after __aenter__/__aexit__.</summary>
    public static PyObject GetAwaitable(PyObject o, int where)
    {
        if (o is PyGenerator g && (g.IsCoroutine || (g.Frame.Code.Flags & CodeFlags.IterableCoroutine) != 0))
        {
            if (g.IsCoroutine && g.YieldFrom is not null) throw PyErrors.RuntimeError("coroutine is being awaited already");
            return o;
        }
        var await = o.type.Lookup("__await__");
        if (await is null)
        {
            throw PyErrors.TypeError(where switch
            {
                1 => $"'async with' received an object from __aenter__ that does not implement __await__: {o.type.Name}",
                2 => $"'async with' received an object from __aexit__ that does not implement __await__: {o.type.Name}",
                _ => $"object {o.type.Name} can't be used in 'await' expression",
            });
        }
        var it = EvalLoop.CallWithSelf(await, o, ReadOnlySpan<PyObject>.Empty, null);
        if (it is PyGenerator ig && (ig.IsCoroutine || (ig.Frame.Code.Flags & CodeFlags.IterableCoroutine) != 0))
            throw PyErrors.TypeError("__await__() returned a coroutine");
        if (it.type.IterNext is null) throw PyErrors.TypeError($"__await__() returned non-iterator of type '{it.type.Name}'");
        return it;
    }

    /// <summary>aiter(): __aiter__ with the builtin's messages.</summary>
    public static PyObject GetAIterPlain(PyObject o)
    {
        var aiter = o.type.Lookup("__aiter__") ?? throw PyErrors.TypeError($"'{o.type.Name}' object is not an async iterable");
        var it = EvalLoop.CallWithSelf(aiter, o, ReadOnlySpan<PyObject>.Empty, null);
        if (it.type.Lookup("__anext__") is null) throw PyErrors.TypeError($"aiter() returned not an async iterator of type '{it.type.Name}'");
        return it;
    }

    public static PyObject GetAIter(PyObject o)
    {
        var aiter = o.type.Lookup("__aiter__")
            ?? throw PyErrors.TypeError($"'async for' requires an object with __aiter__ method, got {o.type.Name}");
        var it = EvalLoop.CallWithSelf(aiter, o, ReadOnlySpan<PyObject>.Empty, null);
        if (it.type.Lookup("__anext__") is null)
            throw PyErrors.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {it.type.Name}");
        return it;
    }

    public static PyObject GetANext(PyObject aiter)
    {
        var anext = aiter.type.Lookup("__anext__")
            ?? throw PyErrors.TypeError($"'async for' requires an iterator with __anext__ method, got {aiter.type.Name}");
        var awaitable = EvalLoop.CallWithSelf(anext, aiter, ReadOnlySpan<PyObject>.Empty, null);
        if (awaitable is AsyncGenASend) return awaitable;
        try
        {
            return GetAwaitable(awaitable, 0);
        }
        catch (PyException e) when (e.Matches(PyTypes.TypeError))
        {
            throw PyErrors.TypeError($"'async for' received an invalid object from __anext__: {awaitable.type.Name}");
        }
    }
}

/// <summary>anext(aiterator, default): awaits __anext__() and turns StopAsyncIteration into default.</summary>
internal sealed class ANextAwaitable : PyObject
{
    private readonly PyObject awaitable;
    private readonly PyObject defaultValue;
    private PyObject? iterator;

    public ANextAwaitable(PyObject awaitable, PyObject defaultValue) : base(RuntimeTypes.ANextAwaitable)
    {
        this.awaitable = awaitable;
        this.defaultValue = defaultValue;
    }

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        t.IterNext = static self => ((ANextAwaitable)self).Step(PyNone.Instance);
        Binding.BindingInstaller.AddMethod(t, "__await__", static (s, a, k) => s!);
        Binding.BindingInstaller.AddMethod(t, "send", static (s, a, k) => ((ANextAwaitable)s!).Step(a[0]));
        Binding.BindingInstaller.AddMethod(t, "throw", static (s, a, k) =>
        {
            var self = (ANextAwaitable)s!;
            self.iterator ??= AsyncOps.GetAwaitable(self.awaitable, 0);
            try { return PyOps.CallMethod(self.iterator, "throw", a, k); }
            catch (PyException e) when (e.Matches(PyTypes.StopAsyncIteration)) { throw new PyException(PyGenerator.StopIterationWith(self.defaultValue)); }
        });
        Binding.BindingInstaller.AddMethod(t, "close", static (s, a, k) => PyNone.Instance);
    }

    /// <summary>Drives the wrapped awaitable one step (send), mapping its end of iteration.</summary>
    internal PyObject Step(PyObject value)
    {
        iterator ??= awaitable is AsyncGenASend ? awaitable : AsyncOps.GetAwaitable(awaitable, 0);
        try
        {
            if (value == PyNone.Instance && iterator.type.IterNext is { } next)
                return next(iterator) ?? throw new PyException(PyGenerator.StopIterationWith(PyNone.Instance));
            return PyOps.CallMethod(iterator, "send", new[] { value });
        }
        catch (PyException e) when (e.Matches(PyTypes.StopAsyncIteration))
        {
            throw new PyException(PyGenerator.StopIterationWith(defaultValue));
        }
    }
}
