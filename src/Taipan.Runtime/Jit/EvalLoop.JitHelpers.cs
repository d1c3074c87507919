using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// The interpreter's instruction helpers as static methods that traces call residually (DESIGN §1.5:
/// what the JIT does not specialise is a call to the same C# helper the interpreter uses). The recorder
/// also calls them to execute an instruction while it records it, so both paths share one definition.
/// Integers cross the trace boundary as long (the IR has no bool or int kind).
/// </summary>
internal static partial class EvalLoop
{
    internal static PyObject JitBinaryOp(PyObject a, PyObject b, long op) => BinaryOp(a, b, (int)op);
    internal static PyObject JitCompare(PyObject a, PyObject b, long op) => Compare(a, b, (CompareOp)op);
    internal static long JitCompareBool(PyObject a, PyObject b, long op) => CompareBool(a, b, (CompareOp)op) ? 1 : 0;
    internal static long JitIsTrue(PyObject o) => PyOps.IsTrue(o) ? 1 : 0;
    internal static long JitIsSame(PyObject a, PyObject b) => PyOps.IsSame(a, b) ? 1 : 0;
    internal static long JitContains(PyObject container, PyObject item) => PyOps.Contains(container, item) ? 1 : 0;
    internal static PyObject JitBool(long v) => v != 0 ? PyBool.True : PyBool.False;
    internal static PyObject JitNegative(PyObject o) => PyOps.Negative(o);
    internal static PyObject JitPositive(PyObject o) => PyOps.Positive(o);
    internal static PyObject JitInvert(PyObject o) => PyOps.Invert(o);
    internal static PyObject JitSubscript(PyObject o, PyObject key) => Subscript(o, key) ?? throw new PyException(SubscriptMiss(o, key));
    internal static void JitStoreSubscript(PyObject o, PyObject key, PyObject v) => StoreSubscript(o, key, v);
    internal static PyObject JitGetIter(PyObject o) => PyOps.GetIter(o);
    /// <summary>FOR_ITER's step for any iterator: the next item, or null when exhausted.</summary>
    internal static PyObject? JitIterNext(PyObject it) => it.type.IterNext!(it);
    internal static void JitStoreAttr(PyObject o, PyStr name, PyObject v) => ObjectAttributes.SetAttr(o, name, v);

    internal static PyObject JitLoadGlobal(Frame f, PyCode code, long arg, long cacheSlot) =>
        LoadGlobal(f, code, (int)arg, (int)cacheSlot) ?? throw new PyException(Errors.NameNotDefined(code.Names[(int)arg]));

    internal static PyObject JitLoadAttr(PyCode code, PyObject o, long arg, long cacheSlot) =>
        LoadAttr(code, o, code.Names[(int)arg], (int)cacheSlot) ?? throw Errors.AttributeMissing(o, code.Names[(int)arg]);

    /// <summary>LOAD_METHOD: the callable; <paramref name="self"/>'s LastSelf gets the object to pass as
    /// first argument, or null (the trace reads it back with a field load: calls return one value).</summary>
    internal static PyObject JitLoadMethod(Jit.PyJit self, PyCode code, PyObject o, long arg, long cacheSlot)
    {
        var m = LoadMethod(code, o, code.Names[(int)arg], (int)cacheSlot, out bool bound) ?? throw Errors.AttributeMissing(o, code.Names[(int)arg]);
        self.LastSelf = bound ? o : null;
        return m;
    }

    internal static PyObject JitCall0(Frame f, long instr, PyObject callable)
    {
        f.LastI = (int)instr;
        return JitCallObject(callable, ReadOnlySpan<PyObject>.Empty);
    }

    internal static PyObject JitCall1(Frame f, long instr, PyObject callable, PyObject a)
    {
        f.LastI = (int)instr;
        return JitCallObject(callable, MemoryMarshal.CreateReadOnlySpan(ref a, 1));
    }

    /// <summary>The arguments of a trace's residual call, on the C# stack: an array per call cost an allocation
    /// (callees copy what they keep, as they do for the interpreter's spans over its value stack).</summary>
    [InlineArray(4)]
    private struct JitCallArgs
    {
        private PyObject element;
    }

    internal static PyObject JitCall2(Frame f, long instr, PyObject callable, PyObject a, PyObject b)
    {
        f.LastI = (int)instr;
        var args = new JitCallArgs();
        args[0] = a;
        args[1] = b;
        return JitCallObject(callable, ((ReadOnlySpan<PyObject>)args)[..2]);
    }

    internal static PyObject JitCall3(Frame f, long instr, PyObject callable, PyObject a, PyObject b, PyObject c)
    {
        f.LastI = (int)instr;
        var args = new JitCallArgs();
        args[0] = a;
        args[1] = b;
        args[2] = c;
        return JitCallObject(callable, ((ReadOnlySpan<PyObject>)args)[..3]);
    }

    internal static PyObject JitCall4(Frame f, long instr, PyObject callable, PyObject a, PyObject b, PyObject c, PyObject d)
    {
        f.LastI = (int)instr;
        var args = new JitCallArgs();
        args[0] = a;
        args[1] = b;
        args[2] = c;
        args[3] = d;
        return JitCallObject(callable, args);
    }

    /// <summary>A trace's call. An exception leaves the trace as a .NET throw, which costs ~0.45 µs per
    /// frame it unwinds: a Python function's (run without throwing) and int(str)/float(str)'s ValueError
    /// are thrown from here, one frame above the trace, instead of from deep inside the callee.</summary>
    private static PyObject JitCallObject(PyObject callable, ReadOnlySpan<PyObject> args)
    {
        if (callable.type == RuntimeTypes.Function)
        {
            var fn = Unsafe.As<PyFunction>(callable);
            if (!fn.Code.IsGeneratorLike)
            {
                var frame = NewFrame(fn, args, null);
                var r = RunCatching(ThreadState.Current, frame, out bool raised);
                if (raised) throw new PyException((PyBaseException)r);
                Recycle(frame);
                return r;
            }
        }
        else if (args.Length == 1 && (ReferenceEquals(callable, PyTypes.Int) || ReferenceEquals(callable, PyTypes.Float)) && args[0].type == PyTypes.Str)
        {
            var r = ParseStrCall(callable, Unsafe.As<PyStr>(args[0]));
            return r is PyBaseException error ? throw new PyException(error) : r;
        }
        return CallObject(callable, args, null);
    }

    /// <summary>The eval breaker's condition, checked by compiled loops at every backward jump.</summary>
    internal static long JitBreaker() => Gil.SwitchRequested || ThreadState.Current.PendingInterrupt ? 1 : 0;

    internal static PyObject JitTuple0() => PyTuple.Empty;
    internal static PyObject JitTuple1(PyObject a) => PyTuple.Wrap(new[] { a });
    internal static PyObject JitTuple2(PyObject a, PyObject b) => PyTuple.Wrap(new[] { a, b });
    internal static PyObject JitTuple3(PyObject a, PyObject b, PyObject c) => PyTuple.Wrap(new[] { a, b, c });
    internal static PyObject JitTuple4(PyObject a, PyObject b, PyObject c, PyObject d) => PyTuple.Wrap(new[] { a, b, c, d });
    internal static PyObject JitList0() => new PyList();
    internal static PyObject JitList1(PyObject a) { var l = new PyList(); l.Append(a); return l; }
    internal static PyObject JitList2(PyObject a, PyObject b) { var l = new PyList(); l.Append(a); l.Append(b); return l; }
    internal static PyObject JitList3(PyObject a, PyObject b, PyObject c) { var l = new PyList(); l.Append(a); l.Append(b); l.Append(c); return l; }
    internal static PyObject JitList4(PyObject a, PyObject b, PyObject c, PyObject d) { var l = new PyList(); l.Append(a); l.Append(b); l.Append(c); l.Append(d); return l; }
    internal static PyObject JitSlice(PyObject start, PyObject stop, PyObject step) => new PySlice(start, stop, step);
    internal static void JitListAppend(PyObject list, PyObject v) => ((PyList)list).Append(v);
    internal static void JitSetAdd(PyObject set, PyObject v) => ((PySet)set).Add(v);
    internal static void JitMapAdd(PyObject dict, PyObject k, PyObject v) => ((PyDict)dict).SetItem(k, v);
    internal static PyObject JitLoadDeref(PyCode code, PyObject cell, long arg) =>
        ((PyCell)cell).Contents ?? throw new PyException(Errors.UnboundDeref(code, (int)arg));
    internal static void JitStoreDeref(PyObject cell, PyObject v) => ((PyCell)cell).Contents = v;
    internal static PyObject JitLoadName(Frame f, PyStr name) =>
        LookupLocalsMapping(f.Locals, name) ?? f.Globals.GetItemOrNull(name) ?? f.Builtins.GetItemOrNull(name)
        ?? throw new PyException(Errors.NameNotDefined(name));
    internal static void JitStoreName(Frame f, PyStr name, PyObject v) => StoreLocalsMapping(f, name, v);

    /// <summary>Item i of an exact list in the int strategy, or long.MinValue (the trace's guard fails and the
    /// interpreter indexes) when it is not one or i is out of range.</summary>
    internal static long JitListIntAt(PyObject o, long i)
    {
        if (o.type != PyTypes.List) return long.MinValue;
        var l = Unsafe.As<PyList>(o);
        if (l.Strategy != ListStrategy.Int) return long.MinValue;
        if (i < 0) i += l.Count;
        return (ulong)i < (ulong)l.Count ? l.Ints![i] : long.MinValue;
    }

    /// <summary>As <see cref="JitListIntAt"/> for the float strategy; NaN (never unboxed in a list) when not.</summary>
    internal static double JitListFloatAt(PyObject o, long i)
    {
        if (o.type != PyTypes.List) return double.NaN;
        var l = Unsafe.As<PyList>(o);
        if (l.Strategy != ListStrategy.Float) return double.NaN;
        if (i < 0) i += l.Count;
        return (ulong)i < (ulong)l.Count ? l.Floats![i] : double.NaN;
    }

    /// <summary>list[i] = v for an exact int-strategy list; 0 (nothing stored) when it is not one or i is out of range.</summary>
    internal static long JitListSetInt(PyObject o, long i, long v)
    {
        if (o.type != PyTypes.List) return 0;
        var l = Unsafe.As<PyList>(o);
        if (l.Strategy != ListStrategy.Int) return 0;
        if (i < 0) i += l.Count;
        if ((ulong)i >= (ulong)l.Count) return 0;
        l.Ints![i] = v;
        return 1;
    }

    /// <summary>list[i] = v for an exact float-strategy list and a non-NaN v; 0 (nothing stored) otherwise.</summary>
    internal static long JitListSetFloat(PyObject o, long i, double v)
    {
        if (o.type != PyTypes.List || double.IsNaN(v)) return 0;
        var l = Unsafe.As<PyList>(o);
        if (l.Strategy != ListStrategy.Float) return 0;
        if (i < 0) i += l.Count;
        if ((ulong)i >= (ulong)l.Count) return 0;
        l.Floats![i] = v;
        return 1;
    }

    /// <summary>Item i of an exact list in any strategy (boxed as the interpreter boxes it), or null (the trace's
    /// guard fails and the interpreter indexes) when it is not an exact list or i is out of range. The index
    /// stays unboxed in the trace.</summary>
    internal static PyObject? JitListAt(PyObject o, long i)
    {
        if (o.type != PyTypes.List) return null;
        var l = Unsafe.As<PyList>(o);
        if (i < 0) i += l.Count;
        return (ulong)i < (ulong)l.Count ? l[(int)i] : null;
    }

    /// <summary>list[i] = v for an exact list (the list switches strategy as the interpreter's store does);
    /// 0 (nothing stored) when it is not one or i is out of range.</summary>
    internal static long JitListSet(PyObject o, long i, PyObject v)
    {
        if (o.type != PyTypes.List) return 0;
        var l = Unsafe.As<PyList>(o);
        if (i < 0) i += l.Count;
        if ((ulong)i >= (ulong)l.Count) return 0;
        l[(int)i] = v;
        return 1;
    }

    /// <summary>Byte i of an exact bytearray, or -1 (the trace's guard fails) when it is not one or i is out of range.</summary>
    internal static long JitByteArrayAt(PyObject o, long i)
    {
        if (o.type != BytesTypes.ByteArray) return -1;
        var b = Unsafe.As<PyByteArray>(o);
        if (i < 0) i += b.Count;
        return (ulong)i < (ulong)b.Count ? b.Buffer[i] : -1;
    }

    /// <summary>bytearray[i] = v for an exact bytearray, i in range and v in 0..255; 0 (nothing stored) otherwise.</summary>
    internal static long JitByteArraySet(PyObject o, long i, long v)
    {
        if (o.type != BytesTypes.ByteArray || (ulong)v > 255) return 0;
        var b = Unsafe.As<PyByteArray>(o);
        if (i < 0) i += b.Count;
        if ((ulong)i >= (ulong)b.Count) return 0;
        b.Buffer[i] = (byte)v;
        return 1;
    }

    internal static long JitFloorDiv(long a, long b) => a / b; // only recorded for a >= 0, b > 0
    internal static long JitMod(long a, long b) => a % b;      // idem
    internal static long JitListCount(PyList l) => l.Count;
    internal static long JitListStrategy(PyList l) => (long)l.Strategy;
}
