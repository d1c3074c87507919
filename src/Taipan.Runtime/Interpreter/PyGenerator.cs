using Taipan.Compiler.Bytecode;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// Generators, coroutines and async generators: a suspended <see cref="Interpreter.Frame"/>. Resuming
/// runs the frame in a nested interpreter loop until its next YIELD_VALUE or its return. `yield from`
/// and `await` delegate through SEND; throw()/close() forward to the delegate first, as CPython's
/// gen_throw does.
/// </summary>
internal sealed class PyGenerator : PyObject
{
    public readonly Frame Frame;
    public PyStr Name, QualName;
    private bool running;
    private PyObject? excState;
    /// <summary>The resumer's exception being handled while the frame runs stackless (RunFrame keeps it in a local).</summary>
    private PyObject? callerExcInfo;
    public readonly bool IsAsyncGenerator;
    public readonly bool IsCoroutine;
    /// <summary>Async generators: an asend/athrow is in progress (ag_running).</summary>
    internal bool AsyncRunning;
    internal bool HooksInitialized;
    internal bool AsyncClosed;
    /// <summary>Coroutines: set once awaited (cr_await / "coroutine is being awaited already").</summary>
    internal bool Awaited;

    private PyGenerator(PyType type, Frame frame, PyStr name, PyStr qualname) : base(type)
    {
        Frame = frame;
        Name = name;
        QualName = qualname;
        IsAsyncGenerator = type == RuntimeTypes.AsyncGenerator;
        IsCoroutine = type == RuntimeTypes.Coroutine;
        frame.Generator = this;
    }

    public static PyGenerator Create(Frame frame, PyFunction fn)
    {
        var flags = frame.Code.Flags;
        var type = (flags & CodeFlags.Coroutine) != 0 ? RuntimeTypes.Coroutine
            : (flags & CodeFlags.AsyncGenerator) != 0 ? RuntimeTypes.AsyncGenerator
            : RuntimeTypes.Generator;
        return new PyGenerator(type, frame, fn.Name, fn.QualName);
    }

    private string Kind => IsCoroutine ? "coroutine" : IsAsyncGenerator ? "async generator" : "generator";

    public bool IsFinished => Frame.State == FrameState.Returned || Frame.State == FrameState.Raised;

    /// <summary>The sub-iterator of a `yield from`/`await` the frame is suspended in, if any.</summary>
    public PyObject? YieldFrom
    {
        get
        {
            var f = Frame;
            if (f.State != FrameState.Suspended || f.LastI < 0) return null;
            int word = f.Code.WordAt(f.LastI);
            if ((OpCode)(byte)word != OpCode.YIELD_VALUE || (word >> 8) != 1) return null;
            return f.Slots[f.Sp - 1].V;
        }
    }

    /// <summary>send(value) / throw: the next yielded value, or the return value with
    /// <paramref name="returned"/> set. Exceptions raised by the frame propagate.</summary>
    public PyObject Resume(PyObject? value, PyBaseException? throwIn, out bool returned)
    {
        if (running) throw PyErrors.ValueError($"{Kind} already executing");
        var f = Frame;
        if (IsFinished)
        {
            if (IsCoroutine && throwIn is null) throw PyErrors.RuntimeError("cannot reuse already awaited coroutine");
            if (throwIn is not null) throw new PyException(throwIn);
            returned = true;
            return PyNone.Instance;
        }
        if (f.State == FrameState.Created)
        {
            if (throwIn is null && value is not null && value != PyNone.Instance)
                throw PyErrors.TypeError($"can't send non-None value to a just-started {Kind}");
            if (throwIn is not null) f.LastI = 0;
        }
        else if (throwIn is null)
        {
            f.Slots[f.Sp++].V = value ?? PyNone.Instance;
        }
        return RunFrame(throwIn, out returned);
    }

    private PyObject RunFrame(PyBaseException? throwIn, out bool returned)
    {
        var ts = ThreadState.Current;
        var saved = ts.ExcInfo;
        if (excState is not null)
        {
            ts.ExcInfo = excState;
            // _PyErr_ChainStackItem: an exception thrown into a generator suspended in an except
            // block gets that block's exception as __context__.
            if (throwIn is not null) Errors.ChainContext(ts, throwIn);
        }
        running = true;
        PyObject r;
        try
        {
            r = EvalLoop.Run(ts, Frame, throwIn);
        }
        catch (PyException e)
        {
            excState = null;
            if (e.Matches(PyTypes.StopIteration)) throw new PyException(WrapStopIteration(e.Value, $"{Kind} raised StopIteration"));
            if (IsAsyncGenerator && e.Matches(PyTypes.StopAsyncIteration))
                throw new PyException(WrapStopIteration(e.Value, "async generator raised StopAsyncIteration"));
            throw;
        }
        finally
        {
            running = false;
            // Suspended inside an except block: that exception stays the generator's own, even when
            // it is the very object the caller is handling (gen.throw(exc) from an except clause).
            excState = Frame.State == FrameState.Suspended && Frame.HandlerDepth > 0 ? ts.ExcInfo : null;
            ts.ExcInfo = saved;
            Frame.Back = null;
            ReleaseIfFinished();
        }
        returned = Frame.State != FrameState.Suspended;
        return r;
    }

    /// <summary>A finished generator's frame lets go of its locals, as CPython clears the frame when the
    /// generator returns or raises: the generator object may live on (a finished asyncio Task holds its
    /// coroutine) and must not keep what its locals referred to alive (a Thread, a socket). A frame Python
    /// code can still see (a traceback's tb_frame) keeps them for f_locals.</summary>
    private void ReleaseIfFinished()
    {
        var f = Frame;
        if ((f.State == FrameState.Returned || f.State == FrameState.Raised) && !f.Escaped) Array.Clear(f.Slots);
    }

    /// <summary>Whether the eval loop may resume this frame stackless (pushed on the resumer's loop like a
    /// call) with <paramref name="value"/> sent in. Anything unusual (running, finished, a non-None value
    /// sent to a just-started generator, async generators) takes <see cref="Resume"/>, which raises
    /// CPython's errors.</summary>
    internal bool CanEnterInline(PyObject value) =>
        !running && !IsAsyncGenerator
        && (Frame.State == FrameState.Suspended || (Frame.State == FrameState.Created && ReferenceEquals(value, PyNone.Instance)));

    /// <summary>The eval loop resumes the frame stackless from <paramref name="resumer"/>: what
    /// <see cref="Resume"/> and <see cref="RunFrame"/> do before running it. The loop links the frame
    /// in and <see cref="LeaveInline"/> undoes this when it yields, returns or raises.</summary>
    internal Frame EnterInline(ThreadState ts, Frame resumer, PyObject value)
    {
        var f = Frame;
        if (f.State == FrameState.Suspended) f.Slots[f.Sp++].V = value;
        callerExcInfo = ts.ExcInfo;
        if (excState is not null) ts.ExcInfo = excState;
        running = true;
        f.Back = resumer;
        f.State = FrameState.Running;
        return f;
    }

    /// <summary>The stackless frame yielded or returned (RunFrame's finally).</summary>
    internal void LeaveInline(ThreadState ts)
    {
        running = false;
        excState = Frame.State == FrameState.Suspended && Frame.HandlerDepth > 0 ? ts.ExcInfo : null;
        ts.ExcInfo = callerExcInfo;
        callerExcInfo = null;
        Frame.Back = null;
        ReleaseIfFinished();
    }

    /// <summary>An exception escaped the stackless frame: the exception its resumer sees (PEP 479 turns
    /// StopIteration into RuntimeError, as RunFrame does).</summary>
    internal PyBaseException LeaveInlineRaised(ThreadState ts, PyBaseException exc)
    {
        Frame.Sp = Frame.Code.NLocalsPlus;
        LeaveInline(ts);
        if (exc.type.IsSubtypeOf(PyTypes.StopIteration)) return WrapStopIteration(exc, $"{Kind} raised StopIteration");
        return exc;
    }

    private static PyBaseException WrapStopIteration(PyBaseException e, string message)
    {
        var wrapped = PyErrors.RuntimeError(message).Value;
        wrapped.Cause = e;
        wrapped.Context = e;
        wrapped.SuppressContext = true;
        return wrapped;
    }

    /// <summary>gen.throw(exc): delegated to a `yield from` sub-iterator first.</summary>
    public PyObject Throw(PyBaseException exc, out bool returned)
    {
        if (running) throw PyErrors.ValueError($"{Kind} already executing");
        var yf = YieldFrom;
        if (yf is not null)
        {
            if (exc.type.IsSubtypeOf(PyTypes.GeneratorExit))
            {
                // The delegating generator claims to be running while its delegate closes (gen_close).
                running = true;
                try
                {
                    CloseIterator(yf);
                }
                catch (PyException e)
                {
                    running = false;
                    return Resume(null, e.Value, out returned);
                }
                finally
                {
                    running = false;
                }
                return Resume(null, exc, out returned);
            }
            PyObject r;
            try
            {
                running = true;
                if (yf is PyGenerator g)
                {
                    var ts = ThreadState.Current;
                    var callerFrame = ts.Frame;
                    // The delegating frame is on the stack while the delegate runs (its f_back, as gen_throw links it).
                    Frame.Back = callerFrame;
                    ts.Frame = Frame;
                    bool subReturned;
                    try
                    {
                        r = g.Throw(exc, out subReturned);
                    }
                    finally
                    {
                        ts.Frame = callerFrame;
                        Frame.Back = null;
                    }
                    if (subReturned)
                    {
                        running = false;
                        return FinishDelegation(r, out returned);
                    }
                }
                else
                {
                    var meth = PyOps.GetAttrOrNull(yf, StrIntern.Intern("throw"));
                    if (meth is null)
                    {
                        running = false;
                        return Resume(null, exc, out returned);
                    }
                    r = PyOps.Call(meth, new PyObject[] { exc.type, exc, exc.Traceback ?? PyNone.Instance });
                }
            }
            catch (PyException e)
            {
                running = false;
                if (e.Matches(PyTypes.StopIteration)) return FinishDelegation(Errors.StopIterationValue(e.Value), out returned);
                return Resume(null, e.Value, out returned);
            }
            finally
            {
                running = false;
            }
            returned = false;
            return r;
        }
        return Resume(null, exc, out returned);
    }

    /// <summary>The delegate finished during throw(): pop it, continue after the SEND loop with its value.</summary>
    private PyObject FinishDelegation(PyObject value, out bool returned)
    {
        var f = Frame;
        int sendPc = f.LastI - 1;
        f.Slots[--f.Sp].V = null;
        f.Slots[f.Sp++].V = value;
        f.Pc = (int)((uint)f.Code.Words[sendPc] >> 8);
        return RunFrame(null, out returned);
    }

    private static void CloseIterator(PyObject yf)
    {
        if (yf is PyGenerator g) { g.Close(); return; }
        var close = PyOps.GetAttrOrNull(yf, StrIntern.Intern("close"));
        if (close is not null) PyOps.Call(close, ReadOnlySpan<PyObject>.Empty);
    }

    public PyObject Close()
    {
        var f = Frame;
        if (f.State == FrameState.Created)
        {
            f.State = FrameState.Returned;
            return PyNone.Instance;
        }
        if (IsFinished) return PyNone.Instance;
        var exit = PyErrors.New(PyTypes.GeneratorExit, PyTuple.Empty.Count == 0 ? (PyObject)PyTuple.Empty : PyNone.Instance).Value;
        exit.Args = PyTuple.Empty;
        try
        {
            Throw(exit, out bool returned);
            if (!returned) throw PyErrors.RuntimeError($"{Kind} ignored GeneratorExit");
        }
        catch (PyException e) when (e.Matches(PyTypes.GeneratorExit) || e.Matches(PyTypes.StopIteration))
        {
        }
        return PyNone.Instance;
    }

    /// <summary>throw()'s argument forms: (type[, value[, tb]]) or (instance).</summary>
    public static PyBaseException MakeThrown(ReadOnlySpan<PyObject> a)
    {
        if (a.Length == 0 || a.Length > 3) throw PyErrors.TypeError($"throw expected at least 1 argument, got {a.Length}");
        var typ = a[0];
        var val = a.Length > 1 ? a[1] : PyNone.Instance;
        var tb = a.Length > 2 ? a[2] : PyNone.Instance;
        if (tb != PyNone.Instance && tb is not PyTraceback) throw PyErrors.TypeError("throw() third argument must be a traceback object");
        PyBaseException exc;
        if (typ is PyType t && t.IsSubtypeOf(PyTypes.BaseException))
        {
            if (val is PyBaseException inst && inst.type.IsSubtypeOf(t)) exc = inst;
            else
            {
                PyObject[] args = val == PyNone.Instance ? Array.Empty<PyObject>() : val is PyTuple vt ? vt.Items : new[] { val };
                // A class whose __new__ returns something else: the TypeError is what gets thrown in.
                var made = PyOps.Call(t, args);
                exc = made as PyBaseException ?? PyErrors.TypeError(
                    $"calling {PyOps.Repr(t).Value} should have returned an instance of BaseException, not {made.type.Name}").Value;
            }
        }
        else if (typ is PyBaseException instance)
        {
            if (val != PyNone.Instance) throw PyErrors.TypeError("instance exception may not have a separate value");
            exc = instance;
        }
        else
        {
            throw PyErrors.TypeError($"exceptions must be classes or instances deriving from BaseException, not {typ.type.Name}");
        }
        if (tb is PyTraceback ptb) exc.Traceback = ptb;
        return exc;
    }

    internal static void InitTypes(PyType gen, PyType coro, PyType agen, PyType wrapper)
    {
        Builtins.GenericAlias.InstallClassGetItem(agen);
        foreach (var t in new[] { gen, coro, agen })
        {
            t.Repr = static self =>
            {
                var g = (PyGenerator)self;
                var kind = g.IsCoroutine ? "coroutine" : g.IsAsyncGenerator ? "async_generator" : "generator";
                return PyStr.FromString($"<{kind} object {g.QualName.Value} at 0x{ObjectIds.Of(g):x}>");
            };
            BindingInstaller.AddGetSet(t, "__name__", static s => ((PyGenerator)s).Name, static (s, v) =>
                ((PyGenerator)s).Name = v as PyStr ?? throw PyErrors.TypeError("__name__ must be set to a string object"));
            BindingInstaller.AddGetSet(t, "__qualname__", static s => ((PyGenerator)s).QualName, static (s, v) =>
                ((PyGenerator)s).QualName = v as PyStr ?? throw PyErrors.TypeError("__qualname__ must be set to a string object"));
        }
        gen.Iter = static self => self;
        gen.IterNext = static self =>
        {
            var g = (PyGenerator)self;
            var r = g.Resume(PyNone.Instance, null, out bool returned);
            // Exhausted: a for loop discards the return value; next() asks NextWithValue for it.
            return returned ? null : r;
        };
        BindingInstaller.AddMethod(gen, "__next__", static (s, a, k) =>
        {
            var r = ((PyGenerator)s!).Resume(PyNone.Instance, null, out bool returned);
            if (returned) throw new PyException(StopIterationWith(r));
            return r;
        });
        AddGeneratorMethods(gen, "gi");
        AddGeneratorMethods(coro, "cr");
        coro.Dict.SetItem(StrIntern.Intern("__await__"), new PyMethodDescriptor(coro, "__await__", static (s, a, k) => new CoroutineWrapper((PyGenerator)s!)));
        CoroutineWrapper.InitType(wrapper);
        AsyncGenOps.InstallAsyncGeneratorMethods(agen);
        BindingInstaller.AddGetter(agen, "ag_frame", static s => ((PyGenerator)s).IsFinished ? PyNone.Instance : ((PyGenerator)s).Frame);
        BindingInstaller.AddGetter(agen, "ag_code", static s => ((PyGenerator)s).Frame.Code);
        BindingInstaller.AddGetter(agen, "ag_running", static s => PyBool.FromBool(((PyGenerator)s).AsyncRunning));
        BindingInstaller.AddGetter(agen, "ag_await", static s => ((PyGenerator)s).YieldFrom ?? PyNone.Instance);
    }

    private static void AddGeneratorMethods(PyType t, string prefix)
    {
        BindingInstaller.AddMethod(t, "send", static (s, a, k) =>
        {
            ArgParser.OneArg(a, k, "send");
            var g = (PyGenerator)s!;
            var r = g.Resume(a[0], null, out bool returned);
            if (returned) throw new PyException(StopIterationWith(r));
            return r;
        });
        BindingInstaller.AddMethod(t, "throw", static (s, a, k) =>
        {
            var g = (PyGenerator)s!;
            var r = g.Throw(MakeThrown(a), out bool returned);
            if (returned) throw new PyException(StopIterationWith(r));
            return r;
        });
        BindingInstaller.AddMethod(t, "close", static (s, a, k) => ((PyGenerator)s!).Close());
        BindingInstaller.AddGetter(t, prefix + "_frame", static s => ((PyGenerator)s).IsFinished ? PyNone.Instance : ((PyGenerator)s).Frame);
        BindingInstaller.AddGetter(t, prefix + "_code", static s => ((PyGenerator)s).Frame.Code);
        BindingInstaller.AddGetter(t, prefix + "_running", static s => PyBool.FromBool(((PyGenerator)s).running));
        BindingInstaller.AddGetter(t, prefix + "_suspended", static s => PyBool.FromBool(((PyGenerator)s).Frame.State == FrameState.Suspended));
        BindingInstaller.AddGetter(t, prefix == "gi" ? "gi_yieldfrom" : "cr_await", static s => ((PyGenerator)s).YieldFrom ?? PyNone.Instance);
        if (prefix == "cr") BindingInstaller.AddGetter(t, "cr_origin", static s => PyNone.Instance);
    }

    /// <summary>StopIteration(value) as a generator's return raises it (a tuple value stays one argument; None gives StopIteration()).</summary>
    public static PyBaseException StopIterationWith(PyObject value) => PyErrors.StopIterationWith(value).Value;
}

/// <summary>coroutine.__await__(): an iterator driving the coroutine.</summary>
internal sealed class CoroutineWrapper : PyObject
{
    private readonly PyGenerator coroutine;

    public CoroutineWrapper(PyGenerator coroutine) : base(RuntimeTypes.CoroutineWrapper) => this.coroutine = coroutine;

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        t.IterNext = static self =>
        {
            var g = ((CoroutineWrapper)self).coroutine;
            var r = g.Resume(PyNone.Instance, null, out bool returned);
            if (!returned) return r;
            throw new PyException(PyGenerator.StopIterationWith(r));
        };
        BindingInstaller.AddMethod(t, "send", static (s, a, k) =>
        {
            var g = ((CoroutineWrapper)s!).coroutine;
            var r = g.Resume(a[0], null, out bool returned);
            if (returned) throw new PyException(PyGenerator.StopIterationWith(r));
            return r;
        });
        BindingInstaller.AddMethod(t, "throw", static (s, a, k) =>
        {
            var g = ((CoroutineWrapper)s!).coroutine;
            var r = g.Throw(PyGenerator.MakeThrown(a), out bool returned);
            if (returned) throw new PyException(PyGenerator.StopIterationWith(r));
            return r;
        });
        BindingInstaller.AddMethod(t, "close", static (s, a, k) => ((CoroutineWrapper)s!).coroutine.Close());
    }
}
