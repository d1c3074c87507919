using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Builtins;

/// <summary>The functions of the builtins module, with CPython 3.11's signatures and messages.</summary>
[PyModule("builtins")]
internal static partial class BuiltinFunctions
{
    private static readonly PyStr SepName = StrIntern.Intern("sep"), EndName = StrIntern.Intern("end"),
        FileName = StrIntern.Intern("file"), FlushName = StrIntern.Intern("flush"), KeyName = StrIntern.Intern("key"),
        DefaultName = StrIntern.Intern("default"), ReverseName = StrIntern.Intern("reverse"), StartName = StrIntern.Intern("start");

    /// <summary>Splits vectorcall arguments into positional ones and a keyword lookup.</summary>
    private static PyObject? Keyword(ReadOnlySpan<PyObject> args, PyTuple? kwnames, PyStr name)
    {
        if (kwnames is null) return null;
        int np = args.Length - kwnames.Count;
        for (int i = 0; i < kwnames.Count; i++)
            if (((PyStr)kwnames[i]).Value == name.Value) return args[np + i];
        return null;
    }

    private static void CheckKeywords(PyTuple? kwnames, string function, params string[] allowed)
    {
        if (kwnames is null) return;
        foreach (var k in kwnames.Items)
        {
            var name = ((PyStr)k).Value;
            if (Array.IndexOf(allowed, name) < 0)
                throw PyErrors.TypeError($"'{name}' is an invalid keyword argument for {function}()");
        }
    }

    [PyFunction]
    public static PyObject print(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        CheckKeywords(kwnames, "print", "sep", "end", "file", "flush");
        int np = args.Length - (kwnames?.Count ?? 0);
        var sep = Keyword(args, kwnames, SepName);
        var end = Keyword(args, kwnames, EndName);
        var file = Keyword(args, kwnames, FileName);
        var flush = Keyword(args, kwnames, FlushName);
        if (sep is not null && sep != PyNone.Instance && sep is not PyStr) throw PyErrors.TypeError($"sep must be None or a string, not {sep.type.Name}");
        if (end is not null && end != PyNone.Instance && end is not PyStr) throw PyErrors.TypeError($"end must be None or a string, not {end.type.Name}");
        if (file is null || file == PyNone.Instance)
        {
            file = SysModule.Get("stdout");
            if (file is null || file == PyNone.Instance) return PyNone.Instance;
        }
        var sepText = sep is PyStr ss ? ss.Value : " ";
        var endText = end is PyStr es ? es.Value : "\n";
        if (file is ConsoleFile || StdioHooks.IsNativeText?.Invoke(file) == true)
        {
            var sb = new StringBuilder();
            try
            {
                for (int i = 0; i < np; i++)
                {
                    if (i > 0) sb.Append(sepText);
                    sb.Append(PyOps.Str(args[i]).Value);
                }
            }
            catch (PyException) when (sb.Length > 0)
            {
                // CPython has already written the pieces before the failing str().
                if (file is ConsoleFile partial) partial.Write(sb.ToString());
                else StdioHooks.WriteText!(file, sb.ToString(), false);
                throw;
            }
            sb.Append(endText);
            bool flushNow = flush is not null && PyOps.IsTrue(flush);
            if (file is ConsoleFile cf)
            {
                cf.Write(sb.ToString());
                if (flushNow) cf.Flush();
            }
            else StdioHooks.WriteText!(file, sb.ToString(), flushNow);
            return PyNone.Instance;
        }
        var write = PyOps.GetAttr(file, StrIntern.Intern("write"));
        for (int i = 0; i < np; i++)
        {
            if (i > 0) PyOps.Call(write, new PyObject[] { PyStr.FromString(sepText) });
            PyOps.Call(write, new PyObject[] { PyOps.Str(args[i]) });
        }
        PyOps.Call(write, new PyObject[] { PyStr.FromString(endText) });
        if (flush is not null && PyOps.IsTrue(flush)) PyOps.CallMethod(file, "flush", ReadOnlySpan<PyObject>.Empty);
        return PyNone.Instance;
    }

    [PyFunction]
    public static long len(PyObject obj) => PyOps.Length(obj);

    [PyFunction]
    public static PyObject repr(PyObject obj) => PyOps.Repr(obj);

    [PyFunction]
    public static PyObject ascii(PyObject obj) => PyFormat.Ascii(obj);

    [PyFunction]
    public static PyObject abs(PyObject x) => PyOps.Absolute(x);

    [PyFunction]
    public static bool all(PyObject iterable)
    {
        var it = PyOps.GetIter(iterable);
        PyObject? x;
        while ((x = PyOps.Next(it)) is not null) if (!PyOps.IsTrue(x)) return false;
        return true;
    }

    [PyFunction]
    public static bool any(PyObject iterable)
    {
        var it = PyOps.GetIter(iterable);
        PyObject? x;
        while ((x = PyOps.Next(it)) is not null) if (PyOps.IsTrue(x)) return true;
        return false;
    }

    [PyFunction]
    public static PyObject bin(PyObject number) => IntFormat(number, 2, "0b");

    [PyFunction]
    public static PyObject oct(PyObject number) => IntFormat(number, 8, "0o");

    [PyFunction]
    public static PyObject hex(PyObject number) => IntFormat(number, 16, "0x");

    private static PyObject IntFormat(PyObject number, int radix, string prefix) =>
        PyStr.FromAscii(IntText.ToPrefixedString(PyOps.Index(number), radix));

    [PyFunction]
    public static bool callable(PyObject obj) => obj.type.Call is not null;

    [PyFunction]
    public static PyObject chr(PyObject i)
    {
        long v;
        try { v = ArgParser.ToLong(i); }
        catch (PyException e) when (e.Matches(PyTypes.OverflowError)) { throw PyErrors.OverflowError("Python int too large to convert to C int"); }
        if (v < int.MinValue || v > int.MaxValue) throw PyErrors.OverflowError(v < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
        if (v < 0 || v > 0x10FFFF) throw PyErrors.ValueError("chr() arg not in range(0x110000)");
        return PyStr.FromCodePoint((int)v);
    }

    [PyFunction]
    public static PyObject ord(PyObject c)
    {
        if (c is PyStr s)
        {
            if (s.Length != 1) throw PyErrors.TypeError($"ord() expected a character, but string of length {s.Length} found");
            return PyInt.FromLong(s.CodePointAt(0));
        }
        if (BytesLike.TryGetBytes(c, out var bytes))
        {
            if (bytes.Length != 1) throw PyErrors.TypeError($"ord() expected a character, but string of length {bytes.Length} found");
            return PyInt.FromLong(bytes[0]);
        }
        throw PyErrors.TypeError($"ord() expected string of length 1, but {c.type.Name} found");
    }

    [PyFunction]
    public static PyObject divmod(PyObject x, PyObject y) => PyOps.DivMod(x, y);

    [PyFunction]
    public static PyObject format(PyObject value, PyObject? format_spec = null) =>
        PyFormat.Format(value, format_spec is null ? PyStr.Empty : format_spec as PyStr ?? throw PyErrors.TypeError($"format() argument 2 must be str, not {(format_spec == PyNone.Instance ? "None" : format_spec.type.Name)}"));

    [PyFunction]
    public static PyObject getattr(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError("getattr() takes no keyword arguments");
        if (args.Length < 2) throw PyErrors.TypeError($"getattr expected at least 2 arguments, got {args.Length}");
        if (args.Length > 3) throw PyErrors.TypeError($"getattr expected at most 3 arguments, got {args.Length}");
        var name = args[1] as PyStr ?? throw PyErrors.TypeError($"attribute name must be string, not '{args[1].type.Name}'");
        if (args.Length == 2) return EvalLoop.GetAttr(args[0], name);
        try
        {
            return PyOps.GetAttrOrNull(args[0], name) ?? args[2];
        }
        catch (PyException e) when (e.Matches(PyTypes.AttributeError))
        {
            return args[2];
        }
    }

    [PyFunction]
    public static void setattr(PyObject obj, PyObject name, PyObject value) =>
        ObjectAttributes.SetAttr(obj, name as PyStr ?? throw PyErrors.TypeError($"attribute name must be string, not '{name.type.Name}'"), value);

    [PyFunction]
    public static void delattr(PyObject obj, PyObject name) =>
        ObjectAttributes.SetAttr(obj, name as PyStr ?? throw PyErrors.TypeError($"attribute name must be string, not '{name.type.Name}'"), null);

    [PyFunction]
    public static bool hasattr(PyObject obj, PyObject name)
    {
        var n = name as PyStr ?? throw PyErrors.TypeError($"attribute name must be string, not '{name.type.Name}'");
        try
        {
            return PyOps.GetAttrOrNull(obj, n) is not null;
        }
        catch (PyException e) when (e.Matches(PyTypes.AttributeError))
        {
            return false;
        }
    }

    [PyFunction]
    public static PyObject globals() => CurrentFrame().Globals;

    [PyFunction]
    public static PyObject locals() => CurrentFrame().GetLocals();

    private static Frame CurrentFrame() => ThreadState.Current.Frame ?? throw PyErrors.SystemError("no current frame");

    [PyFunction]
    public static PyObject vars(PyObject? @object = null)
    {
        if (@object is null) return CurrentFrame().GetLocals();
        try
        {
            return PyOps.GetAttrOrNull(@object, Names.Dict) ?? throw PyErrors.TypeError("vars() argument must have __dict__ attribute");
        }
        catch (PyException e) when (e.Matches(PyTypes.AttributeError))
        {
            throw PyErrors.TypeError("vars() argument must have __dict__ attribute");
        }
    }

    [PyFunction]
    public static PyObject dir(PyObject? @object = null)
    {
        PyObject names;
        if (@object is null)
        {
            var l = PyOps.ToList(PyOps.CallMethod(CurrentFrame().GetLocals(), "keys", ReadOnlySpan<PyObject>.Empty));
            l.Sort(null, false);
            return l;
        }
        var f = @object.type.Lookup("__dir__") ?? throw PyErrors.TypeError("object does not provide __dir__");
        names = EvalLoop.CallWithSelf(f, @object, ReadOnlySpan<PyObject>.Empty, null);
        var result = PyOps.ToList(names);
        result.Sort(null, false);
        return result;
    }

    [PyFunction]
    public static PyObject hash(PyObject obj) => PyInt.FromLong(PyOps.Hash(obj));

    [PyFunction]
    public static PyObject id(PyObject obj) => PyInt.FromLong(ObjectIds.Of(obj));

    [PyFunction]
    public static bool isinstance(PyObject obj, PyObject class_or_tuple) => TypeChecks.IsInstance(obj, class_or_tuple);

    [PyFunction]
    public static bool issubclass(PyObject cls, PyObject class_or_tuple) => TypeChecks.IsSubclass(cls, class_or_tuple);

    [PyFunction]
    public static PyObject iter(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError("iter() takes no keyword arguments");
        if (args.Length < 1) throw PyErrors.TypeError("iter expected at least 1 argument, got 0");
        if (args.Length > 2) throw PyErrors.TypeError($"iter expected at most 2 arguments, got {args.Length}");
        if (args.Length == 1) return PyOps.GetIter(args[0]);
        if (args[0].type.Call is null) throw PyErrors.TypeError("iter(v, w): v must be callable");
        return new CallableIterator(args[0], args[1]);
    }

    [PyFunction]
    public static PyObject next(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError("next() takes no keyword arguments");
        if (args.Length < 1) throw PyErrors.TypeError("next expected at least 1 argument, got 0");
        if (args.Length > 2) throw PyErrors.TypeError($"next expected at most 2 arguments, got {args.Length}");
        var it = args[0];
        if (it.type.IterNext is null) throw PyErrors.TypeError($"'{it.type.Name}' object is not an iterator");
        if (it is PyGenerator g && it.type == RuntimeTypes.Generator)
        {
            PyObject r;
            bool returned;
            try
            {
                r = g.Resume(PyNone.Instance, null, out returned);
            }
            catch (PyException e) when (args.Length == 2 && e.Matches(PyTypes.StopIteration))
            {
                return args[1];
            }
            if (!returned) return r;
            if (args.Length == 2) return args[1];
            throw new PyException(PyGenerator.StopIterationWith(r));
        }
        var ts = ThreadState.Current;
        ts.SwallowedStop = null;
        try
        {
            var v = it.type.IterNext(it);
            if (v is not null) return v;
        }
        catch (PyException e) when (args.Length == 2 && e.Matches(PyTypes.StopIteration))
        {
            return args[1];
        }
        var stop = ts.SwallowedStop;
        ts.SwallowedStop = null;
        if (args.Length == 2) return args[1];
        throw stop is null ? PyErrors.StopIteration() : new PyException(stop);
    }

    [PyFunction]
    public static PyObject aiter(PyObject async_iterable) => AsyncOps.GetAIterPlain(async_iterable);

    [PyFunction]
    public static PyObject anext(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length < 1 || args.Length > 2) throw PyErrors.TypeError($"anext expected at least 1 argument, got {args.Length}");
        var ai = args[0];
        var anext = ai.type.Lookup("__anext__") ?? throw PyErrors.TypeError($"'{ai.type.Name}' object is not an async iterator");
        var awaitable = EvalLoop.CallWithSelf(anext, ai, ReadOnlySpan<PyObject>.Empty, null);
        if (args.Length == 1) return awaitable;
        return new ANextAwaitable(awaitable, args[1]);
    }

    [PyFunction]
    public static PyObject max(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => MinMax(args, kwnames, "max", CompareOp.Gt);

    [PyFunction]
    public static PyObject min(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => MinMax(args, kwnames, "min", CompareOp.Lt);

    private static PyObject MinMax(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, CompareOp op)
    {
        CheckKeywords(kwnames, name, "key", "default");
        int np = args.Length - (kwnames?.Count ?? 0);
        var key = Keyword(args, kwnames, KeyName);
        if (key == PyNone.Instance) key = null;
        var dflt = Keyword(args, kwnames, DefaultName);
        if (np == 0) throw PyErrors.TypeError($"{name} expected at least 1 argument, got 0");
        PyObject it;
        if (np == 1) it = PyOps.GetIter(args[0]);
        else
        {
            if (dflt is not null) throw PyErrors.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
            it = PyOps.GetIter(PyTuple.FromSpan(args[..np]));
        }
        PyObject? best = null, bestKey = null;
        PyObject? x;
        while ((x = PyOps.Next(it)) is not null)
        {
            var k = key is null ? x : PyOps.Call(key, new[] { x });
            if (best is null || PyOps.IsTrue(PyOps.RichCompare(k, bestKey!, op)))
            {
                best = x;
                bestKey = k;
            }
        }
        if (best is null)
        {
            if (dflt is not null) return dflt;
            throw PyErrors.ValueError($"{name}() arg is an empty sequence");
        }
        return best;
    }

    [PyFunction]
    public static PyObject sum(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        CheckKeywords(kwnames, "sum", "start");
        int np = args.Length - (kwnames?.Count ?? 0);
        if (np < 1) throw PyErrors.TypeError("sum() takes at least 1 positional argument (0 given)");
        if (np > 2) throw PyErrors.TypeError($"sum() takes at most 2 arguments ({np} given)");
        PyObject result = np == 2 ? args[1] : Keyword(args, kwnames, StartName) ?? PyInt.Zero;
        if (result is PyStr) throw PyErrors.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (result.type.Name == "bytes") throw PyErrors.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (result.type.Name == "bytearray") throw PyErrors.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        var it = PyOps.GetIter(args[0]);
        PyObject? x;
        // Exact int and float accumulations stay unboxed (CPython does the same).
        if (result.type == PyTypes.Int && ((PyInt)result).IsSmall)
        {
            long acc = ((PyInt)result).Small;
            while ((x = PyOps.Next(it)) is not null)
            {
                if (x.type == PyTypes.Int && ((PyInt)x).IsSmall)
                {
                    long b = ((PyInt)x).Small;
                    long r = unchecked(acc + b);
                    if (((acc ^ r) & (b ^ r)) >= 0) { acc = r; continue; }
                }
                result = PyOps.Add(PyInt.FromLong(acc), x);
                goto generic;
            }
            return PyInt.FromLong(acc);
        }
        if (result.type == PyTypes.Float)
        {
            double acc = ((PyFloat)result).Value;
            while ((x = PyOps.Next(it)) is not null)
            {
                if (x.type == PyTypes.Float) { acc += ((PyFloat)x).Value; continue; }
                if (x.type == PyTypes.Int && ((PyInt)x).IsSmall) { acc += ((PyInt)x).Small; continue; }
                result = PyOps.Add(new PyFloat(acc), x);
                goto generic;
            }
            return new PyFloat(acc);
        }
    generic:
        while ((x = PyOps.Next(it)) is not null) result = PyOps.Add(result, x);
        return result;
    }

    [PyFunction]
    public static PyObject sorted(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        CheckKeywords(kwnames, "sort", "key", "reverse");
        int np = args.Length - (kwnames?.Count ?? 0);
        if (np != 1) throw PyErrors.TypeError(np == 0 ? "sorted expected 1 argument, got 0" : $"sorted expected 1 argument, got {np}");
        var l = PyOps.ToList(args[0]);
        var key = Keyword(args, kwnames, KeyName);
        var rev = Keyword(args, kwnames, ReverseName);
        l.Sort(key == PyNone.Instance ? null : key, rev is not null && PyOps.IsTrue(rev));
        return l;
    }

    [PyFunction]
    public static PyObject round(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var slots = ArgParser.Unpack(args, kwnames, "round", new[] { "number", "ndigits" }, 0, 1);
        var number = slots[0]!;
        var f = number.type.Lookup("__round__") ?? throw PyErrors.TypeError($"type {number.type.Name} doesn't define __round__ method");
        if (slots[1] is null || slots[1] == PyNone.Instance) return EvalLoop.CallWithSelf(f, number, ReadOnlySpan<PyObject>.Empty, null);
        return EvalLoop.CallWithSelf(f, number, new[] { slots[1]! }, null);
    }

    [PyFunction]
    public static PyObject pow(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var slots = ArgParser.Unpack(args, kwnames, "pow", new[] { "base", "exp", "mod" }, 0, 2);
        return PyOps.Power(slots[0]!, slots[1]!, slots[2] ?? PyNone.Instance);
    }

    [PyFunction]
    public static PyObject input(PyObject? prompt = null)
    {
        // builtin_input_impl, non-interactive path: the flushes' errors are ignored
        var stdin = SysModule.Get("stdin");
        if (stdin is null || stdin == PyNone.Instance) throw PyErrors.RuntimeError("input(): lost sys.stdin");
        var stdout = SysModule.Get("stdout");
        if (stdout is null || stdout == PyNone.Instance) throw PyErrors.RuntimeError("input(): lost sys.stdout");
        if (SysModule.Get("stderr") is { } stderr && stderr != PyNone.Instance) FlushIgnoringErrors(stderr);
        if (prompt is not null) PyOps.CallMethod(stdout, "write", new[] { (PyObject)PyOps.Str(prompt) });
        FlushIgnoringErrors(stdout);
        var line = PyOps.CallMethod(stdin, "readline", ReadOnlySpan<PyObject>.Empty);
        var s = line as PyStr ?? throw PyErrors.TypeError("object.readline() returned non-string");
        if (s.Length == 0) throw PyErrors.New(PyTypes.EOFError, "EOF when reading a line");
        var v = s.Value;
        if (v.EndsWith('\n')) v = v[..^1];
        return PyStr.FromString(v);
    }

    private static void FlushIgnoringErrors(PyObject file)
    {
        try
        {
            PyOps.CallMethod(file, "flush", ReadOnlySpan<PyObject>.Empty);
        }
        catch (PyException)
        {
        }
    }

    [PyFunction]
    public static PyObject __import__(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var slots = ArgParser.Unpack(args, kwnames, "__import__", new[] { "name", "globals", "locals", "fromlist", "level" }, 0, 1);
        var name = slots[0] as PyStr ?? throw PyErrors.TypeError($"__import__() argument 1 must be str, not {slots[0]!.type.Name}");
        int level = slots[4] is null ? 0 : (int)ArgParser.ToLong(slots[4]!);
        return Import.ImportModuleLevel(name.Value, slots[1] as PyDict, slots[3] ?? PyNone.Instance, level);
    }

    [PyFunction]
    public static PyObject __build_class__(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => BuildClass.Build(args, kwnames);

    [PyFunction]
    public static PyObject exec(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Execution.Exec(args, kwnames, "exec");

    [PyFunction]
    public static PyObject eval(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Execution.Exec(args, kwnames, "eval");

    [PyFunction]
    public static PyObject compile(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => Execution.Compile(args, kwnames);

    [PyFunction]
    public static PyObject breakpoint(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var hook = SysModule.Get("breakpointhook") ?? throw PyErrors.RuntimeError("lost sys.breakpointhook");
        return PyOps.Call(hook, args, kwnames);
    }
}
