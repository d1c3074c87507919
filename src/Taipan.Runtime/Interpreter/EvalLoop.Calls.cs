using System.Text;
using Taipan.Compiler.Bytecode;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>Calls: frames for Python functions (CPython's initialize_locals, with its error messages)
/// and the generic vectorcall path for everything else.</summary>
internal static partial class EvalLoop
{
    /// <summary>A frame for calling <paramref name="fn"/> with vectorcall-layout arguments.</summary>
    public static Frame NewFrame(PyFunction fn, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = fn.Code;
        var frame = RentFrame(fn, code);
        var slots = frame.Slots;
        if (kwnames is null && fn.IsSimple && args.Length == code.ArgCount)
        {
            for (int i = 0; i < args.Length; i++) slots[i].V = args[i];
            return frame;
        }
        BindArguments(fn, code, slots, args, kwnames);
        return frame;
    }

    /// <summary>A frame for calling <paramref name="fn"/> with <paramref name="self"/> before
    /// <paramref name="args"/> (methods, bound methods, __init__): self goes straight into the first
    /// local, so the common case builds no argument array.</summary>
    public static Frame NewFrameWithSelf(PyFunction fn, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = fn.Code;
        if (kwnames is null && fn.IsSimple && args.Length + 1 == code.ArgCount)
        {
            var frame = RentFrame(fn, code);
            var slots = frame.Slots;
            slots[0].V = self;
            for (int i = 0; i < args.Length; i++) slots[i + 1].V = args[i];
            return frame;
        }
        var full = new PyObject[args.Length + 1];
        full[0] = self;
        args.CopyTo(full.AsSpan(1));
        return NewFrame(fn, full, kwnames);
    }

    /// <summary>CALL of anything the loop does not push a frame for. One call site in the loop: a conditional
    /// there made a spill temporary per arm, and the class arm's kept the last instance made reported to
    /// the GC until the next class call (Execute is too big for the JIT to track its locals' lifetimes).</summary>
    private static PyObject CallFromLoop(ThreadState ts, PyCode code, int cacheSlot, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        callable.type == PyTypes.Type
            ? CallClass(ts, code, cacheSlot, System.Runtime.CompilerServices.Unsafe.As<PyType>(callable), args, kwnames)
            : CallObject(callable, args, kwnames);

    /// <summary>CALL of a class. Instances from object.__new__ with a plain Python __init__ (type_call's common
    /// case) skip the type's call slot, the __new__/__init__ slot wrappers and __init__'s lookup by name: the
    /// __init__ found is cached on the instruction, keyed on the class's version tag. __init__ runs in a
    /// nested loop rather than in the caller's, and this is never inlined into the loop: Execute's stack
    /// slots keep whatever they last held reported to the GC (program 605 found a finished thread kept
    /// alive through a caught exception's traceback).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static PyObject CallClass(ThreadState ts, PyCode code, int cacheSlot, PyType ty, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ref var c = ref code.Caches[cacheSlot];
        PyFunction init;
        if (c.Kind == CacheKind.ClassInit && ReferenceEquals(c.Key, ty) && c.Version == ty.VersionTag)
            init = System.Runtime.CompilerServices.Unsafe.As<PyFunction>(c.Value!);
        else
        {
            if (!ReferenceEquals(ty.New, ObjectType.ObjectNew) || !ReferenceEquals(ty.Init, HeapTypeSlots.SlotInit)
                || ty.Lookup("__init__") is not PyFunction f || f.Code.IsGeneratorLike)
                return CallObject(ty, args, kwnames);
            init = f;
            c.Kind = CacheKind.ClassInit;
            c.Key = ty;
            c.Version = ty.VersionTag;
            c.Value = f;
        }
        // object.__new__'s own checks (an abstract class, a layout it cannot make) raise from the generic path
        if ((ty.Flags & TypeFlags.IsAbstract) != 0 || ty.LayoutId != PyTypes.ObjectLayout) return CallObject(ty, args, kwnames);
        var self = new PyInstance(ty);
        var frame = NewFrameWithSelf(init, self, args, kwnames);
        var r = Run(ts, frame);
        Recycle(frame);
        if (!ReferenceEquals(r, PyNone.Instance)) throw PyErrors.TypeError($"__init__() should return None, not '{r.type.Name}'");
        return self;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static Frame RentFrame(PyFunction fn, PyCode code)
    {
        var frame = code.RentFrame();
        if (frame is null) return new Frame(code, fn.Globals, fn.Builtins, null) { Function = fn };
        frame.Reinitialize(fn);
        return frame;
    }

    private static void BindArguments(PyFunction fn, PyCode code, FrameSlot[] slots, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        int argcount = code.ArgCount;
        int total = code.TotalArgs;
        bool varargs = (code.Flags & CodeFlags.VarArgs) != 0;
        bool varkw = (code.Flags & CodeFlags.VarKeywords) != 0;
        PyDict? kwdict = null;
        if (varkw)
        {
            kwdict = new PyDict();
            slots[total + (varargs ? 1 : 0)].V = kwdict;
        }
        int n = Math.Min(npos, argcount);
        for (int i = 0; i < n; i++) slots[i].V = args[i];
        if (varargs)
            slots[total].V = npos > n ? PyTuple.FromSpan(args[n..npos]) : PyTuple.Empty;

        List<string>? posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++)
        {
            var keyObj = kwnames![k];
            var value = args[npos + k];
            if (keyObj is not PyStr key) throw PyErrors.TypeError("keywords must be strings");
            int index = -1;
            var names = code.LocalNames;
            for (int i = code.PosOnlyArgCount; i < total; i++)
                if (ReferenceEquals(names[i], key)) { index = i; break; }
            if (index < 0)
                for (int i = code.PosOnlyArgCount; i < total; i++)
                    if (names[i].Value == key.Value) { index = i; break; }
            if (index < 0)
            {
                if (kwdict is not null)
                {
                    kwdict.SetItem(key, value);
                    continue;
                }
                bool posOnly = false;
                for (int i = 0; i < code.PosOnlyArgCount; i++)
                    if (names[i].Value == key.Value) { posOnly = true; break; }
                if (posOnly) { (posOnlyAsKw ??= new List<string>()).Add(key.Value); continue; }
                throw PyErrors.TypeError($"{fn.QualName.Value}() got an unexpected keyword argument '{key.Value}'");
            }
            if (slots[index].V is not null)
                throw PyErrors.TypeError($"{fn.QualName.Value}() got multiple values for argument '{key.Value}'");
            slots[index].V = value;
        }
        if (posOnlyAsKw is not null)
            throw PyErrors.TypeError($"{fn.QualName.Value}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyAsKw)}'");

        if (npos > argcount && !varargs) throw TooManyPositional(fn, code, npos, slots);

        if (npos < argcount)
        {
            var defaults = fn.Defaults;
            int defcount = defaults?.Count ?? 0;
            int firstDefault = argcount - defcount;
            int missing = 0;
            for (int i = npos; i < firstDefault; i++) if (slots[i].V is null) missing++;
            if (missing > 0) throw MissingArguments(fn, code, 0, firstDefault, slots, "positional");
            for (int i = Math.Max(npos, firstDefault); i < argcount; i++)
                slots[i].V ??= defaults!.Items[i - firstDefault];
        }
        if (code.KwOnlyArgCount > 0)
        {
            bool anyMissing = false;
            for (int i = argcount; i < total; i++)
            {
                if (slots[i].V is not null) continue;
                var def = fn.KwDefaults?.GetItemOrNull(code.LocalNames[i]);
                if (def is not null) slots[i].V = def;
                else anyMissing = true;
            }
            if (anyMissing) throw MissingArguments(fn, code, argcount, total, slots, "keyword-only");
        }
    }

    private static PyException TooManyPositional(PyFunction fn, PyCode code, int given, FrameSlot[] slots)
    {
        int kwonlyGiven = 0;
        for (int i = code.ArgCount; i < code.TotalArgs; i++) if (slots[i].V is not null) kwonlyGiven++;
        int defcount = fn.Defaults?.Count ?? 0;
        string sig;
        bool plural;
        if (defcount > 0)
        {
            plural = true;
            sig = $"from {code.ArgCount - defcount} to {code.ArgCount}";
        }
        else
        {
            plural = code.ArgCount != 1;
            sig = code.ArgCount.ToString();
        }
        string kwonlySig = kwonlyGiven > 0
            ? $" positional argument{(given != 1 ? "s" : "")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven != 1 ? "s" : "")})"
            : "";
        return PyErrors.TypeError($"{fn.QualName.Value}() takes {sig} positional argument{(plural ? "s" : "")} but {given}{kwonlySig} {(given == 1 && kwonlyGiven == 0 ? "was" : "were")} given");
    }

    private static PyException MissingArguments(PyFunction fn, PyCode code, int start, int end, FrameSlot[] slots, string kind)
    {
        var names = new List<string>();
        for (int i = start; i < end; i++)
            if (slots[i].V is null) names.Add("'" + code.LocalNames[i].Value + "'");
        var sb = new StringBuilder();
        if (names.Count == 1) sb.Append(names[0]);
        else if (names.Count == 2) sb.Append(names[0]).Append(" and ").Append(names[1]);
        else
        {
            for (int i = 0; i < names.Count - 1; i++) sb.Append(names[i]).Append(", ");
            sb.Append("and ").Append(names[^1]);
        }
        return PyErrors.TypeError($"{fn.QualName.Value}() missing {names.Count} required {kind} argument{(names.Count == 1 ? "" : "s")}: {sb}");
    }

    /// <summary>A Python function called from C#: a nested loop, or a new generator.</summary>
    public static PyObject CallFunction(PyFunction fn, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var frame = NewFrame(fn, args, kwnames);
        if (fn.Code.IsGeneratorLike) return PyGenerator.Create(frame, fn);
        var r = Run(ThreadState.Current, frame);
        Recycle(frame);
        return r;
    }

    /// <summary>A frame a C# caller ran to its return goes back to its code's free list, as RETURN_VALUE
    /// recycles a callee's: without this every call from C# (sorted's key, cmp_to_key, map, Class(...)'s
    /// __init__, a trace's residual call) allocated a Frame and its slot array (measured: sum(map(f, range(n)))
    /// and sorted(key=cmp_to_key(f)) spent ~a third of their time in allocation and GC).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static void Recycle(Frame f)
    {
        if (f.State == FrameState.Returned && !f.Escaped && f.Locals is null && f.Generator is null) f.Code.ReturnFrame(f);
    }

    /// <summary>Calls <paramref name="callable"/> with <paramref name="self"/> prepended (bound methods,
    /// special methods found on the type) without allocating a bound method for Python functions.</summary>
    public static PyObject CallWithSelf(PyObject callable, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (callable.type == RuntimeTypes.Function)
        {
            var fn = System.Runtime.CompilerServices.Unsafe.As<PyFunction>(callable);
            var frame = NewFrameWithSelf(fn, self, args, kwnames);
            if (fn.Code.IsGeneratorLike) return PyGenerator.Create(frame, fn);
            var r = Run(ThreadState.Current, frame);
            Recycle(frame);
            return r;
        }
        if (callable.type != PyTypes.MethodDescriptor && callable.type != PyTypes.WrapperDescriptor && callable.type != PyTypes.BuiltinFunction && callable is not PyType
            && callable.type.DescrGet is { } get)
            return PyOps.Call(get(callable, self, self.type), args, kwnames);
        var full = new PyObject[args.Length + 1];
        full[0] = self;
        args.CopyTo(full.AsSpan(1));
        return PyOps.Call(callable, full, kwnames);
    }

    /// <summary>int(s) / float(s) of an exact str (what `int.__new__`/`float.__new__` do for it): a parse
    /// failure is returned as the ValueError (never a legitimate result of these two calls), not thrown,
    /// for `try: int(s) except ValueError`.</summary>
    private static PyObject ParseStrCall(PyObject callable, PyStr text) =>
        ReferenceEquals(callable, PyTypes.Int)
            ? IntText.ParseOrError(text.Value, out var error) ?? (PyObject)error!
            : FloatText.ParseOrError(text.Value, out error) ?? (PyObject)error!;

    /// <summary>The generic call: the type's call slot.</summary>
    public static PyObject CallObject(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var f = callable.type.Call;
        if (f is null) throw PyErrors.TypeError($"'{callable.type.Name}' object is not callable");
        if (kwnames is not null && kwnames.Count == 0) kwnames = null;
        return f(callable, args, kwnames);
    }

    /// <summary>f(*args, **kwargs).</summary>
    public static PyObject CallFunctionEx(PyObject callable, PyObject args, PyObject? kwargs)
    {
        PyTuple positional;
        if (args is PyTuple t) positional = t;
        else
        {
            if (args.type.Iter is null && args.type.GetItem is null)
                throw PyErrors.TypeError($"{FunctionDescription(callable)} argument after * must be an iterable, not {args.type.Name}");
            positional = PyOps.ToList(args).ToTuple();
        }
        if (kwargs is null || (kwargs is PyDict kd0 && kd0.Count == 0))
            return CallObject(callable, positional.Items, null);
        var kd = kwargs as PyDict ?? throw PyErrors.TypeError($"{FunctionDescription(callable)} argument after ** must be a mapping, not {kwargs.type.Name}");
        var all = new PyObject[positional.Count + kd.Count];
        var names = new PyObject[kd.Count];
        positional.Items.CopyTo(all, 0);
        int pos = 0, i = 0;
        while (kd.Next(ref pos, out var k, out var v))
        {
            if (k is not PyStr) throw PyErrors.TypeError("keywords must be strings");
            names[i] = k;
            all[positional.Count + i] = v;
            i++;
        }
        return CallObject(callable, all, PyTuple.Wrap(names));
    }

    /// <summary>_PyObject_FunctionStr: "f()" / "C.m()" / "print()" for error messages.</summary>
    public static string FunctionDescription(PyObject f)
    {
        if (f is PyFunction fn)
        {
            var module = fn.Module is PyStr m && m.Value != "builtins" ? m.Value + "." : "";
            return module + fn.QualName.Value + "()";
        }
        if (f is PyBoundMethod bm) return FunctionDescription(bm.Function);
        if (f is Binding.PyBuiltinFunction bf) return bf.Name + "()";
        if (f is PyType ty) return ty.Name + "()";
        return f.type.Name + " object";
    }
}
