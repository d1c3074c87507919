using System.Numerics;
using Taipan.Compiler.Ast;
using Taipan.Compiler.Bytecode;

namespace Taipan.Runtime.Objects;

/// <summary>
/// The runtime code object: the compiler's <see cref="CodeObject"/> with its constants turned into
/// Python objects once, names interned, and the per-instruction inline caches. The instruction words
/// are copied so the interpreter can quicken them in place without touching the compiler's copy.
/// </summary>
internal sealed class PyCode : PyObject
{
    public readonly CodeObject Code;
    public readonly int[] Words;
    /// <summary>The uninstrumented words once a tracer instrumented this code (Interpreter/Tracing.cs); kept
    /// after tracing stops so a frame in the middle of a TRACE instruction can still read them.</summary>
    internal int[]? OriginalWords;
    internal bool Instrumented;
    public readonly PyObject[] Consts;
    public readonly PyStr[] Names;
    /// <summary>varnames, cellvars, freevars: the names of the locals-plus slots.</summary>
    public readonly PyStr[] LocalNames;
    public readonly int NLocals, NLocalsPlus, NCells, NFrees, StackSize, ArgCount, PosOnlyArgCount, KwOnlyArgCount;
    public readonly CodeFlags Flags;
    public readonly PyStr Name, QualName, Filename;
    /// <summary>Inline caches, one per cache slot of the code (see OpCode.cs).</summary>
    public readonly InlineCache[] Caches;
    /// <summary>Per JUMP_BACKWARD target: how often the loop header was reached (JIT counting).</summary>
    public int EntryCount;
    /// <summary>The JIT's counter cells of this code's loop headers, indexed by pc (Jit/PyJit.cs).</summary>
    internal Taipan.Jit.Driver.JitCell?[]? JitCells;
    /// <summary>Frames of this code that returned without escaping, for reuse by the next calls (one
    /// allocation saved per call; recursion keeps up to <see cref="MaxFreeFrames"/> of them). An array
    /// stack rather than a linked list: returning a frame is one reference store (one GC write barrier).</summary>
    private Interpreter.Frame?[]? freeFrames;
    private int freeFrameCount;
    private const int MaxFreeFrames = 16;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal Interpreter.Frame? RentFrame()
    {
        int n = freeFrameCount;
        if (n == 0) return null;
        var pool = freeFrames!;
        var f = pool[--n];
        pool[n] = null;
        freeFrameCount = n;
        return f;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void ReturnFrame(Interpreter.Frame f)
    {
        int n = freeFrameCount;
        var pool = freeFrames;
        // the common case (room in the pool) inline in RETURN_VALUE; growing it in a call
        if (pool is null || n == pool.Length)
        {
            ReturnFrameGrow(f);
            return;
        }
        f.ClearForReuse();
        pool[n] = f;
        freeFrameCount = n + 1;
    }

    private void ReturnFrameGrow(Interpreter.Frame f)
    {
        int n = freeFrameCount;
        var pool = freeFrames;
        if (pool is null) freeFrames = pool = new Interpreter.Frame?[4];
        else if (n == pool.Length)
        {
            if (n >= MaxFreeFrames) return;
            Array.Resize(ref freeFrames, n * 2);
            pool = freeFrames;
        }
        f.ClearForReuse();
        pool[n] = f;
        freeFrameCount = n + 1;
    }

    public PyCode(CodeObject code) : base(RuntimeTypes.Code)
    {
        Code = code;
        Words = (int[])code.Code.Clone();
        Consts = new PyObject[code.Consts.Length];
        for (int i = 0; i < Consts.Length; i++) Consts[i] = FromConstant(code.Consts[i]);
        Names = new PyStr[code.Names.Length];
        for (int i = 0; i < Names.Length; i++) Names[i] = StrIntern.Intern(code.Names[i]);
        NLocals = code.VarNames.Length;
        NCells = code.CellVars.Length;
        NFrees = code.FreeVars.Length;
        NLocalsPlus = NLocals + NCells + NFrees;
        LocalNames = new PyStr[NLocalsPlus];
        for (int i = 0; i < NLocals; i++) LocalNames[i] = StrIntern.Intern(code.VarNames[i]);
        for (int i = 0; i < NCells; i++) LocalNames[NLocals + i] = StrIntern.Intern(code.CellVars[i]);
        for (int i = 0; i < NFrees; i++) LocalNames[NLocals + NCells + i] = StrIntern.Intern(code.FreeVars[i]);
        StackSize = code.StackSize;
        ArgCount = code.ArgCount;
        PosOnlyArgCount = code.PosOnlyArgCount;
        KwOnlyArgCount = code.KwOnlyArgCount;
        Flags = code.Flags;
        Name = StrIntern.Intern(code.Name);
        QualName = PyStr.FromString(code.QualName);
        Filename = PyStr.FromString(code.Filename);
        Caches = new InlineCache[code.CacheCount];
    }

    /// <summary>code.replace(co_consts=...): the constants are Python objects already.</summary>
    public PyCode(CodeObject code, PyObject[] consts) : this(code) => Consts = consts;

    public bool IsGeneratorLike => (Flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0;

    /// <summary>Total positional-or-keyword + keyword-only parameters (without *args/**kwargs).</summary>
    public int TotalArgs => ArgCount + KwOnlyArgCount;

    /// <summary>The instruction word at <paramref name="pc"/> as compiled (not the TRACE a tracer put there).</summary>
    public int WordAt(int pc) => (OriginalWords ?? Words)[pc];

    /// <summary>The source line of the instruction at word <paramref name="pc"/> (-1 when none).</summary>
    public int LineAt(int pc)
    {
        var pos = Code.Positions;
        if ((uint)pc >= (uint)pos.Length) return Code.FirstLineNo;
        return pos[pc].Line;
    }

    public SourcePosition PositionAt(int pc)
    {
        var pos = Code.Positions;
        return (uint)pc < (uint)pos.Length ? pos[pc] : new SourcePosition(-1, -1, -1, -1);
    }

    /// <summary>Turns a compiler constant (Ast/ConstantValues.cs) into its Python object.</summary>
    public static PyObject FromConstant(object c) => c switch
    {
        NoneConstant => PyNone.Instance,
        EllipsisConstant => PyEllipsis.Instance,
        bool b => PyBool.FromBool(b),
        long l => PyInt.FromLong(l),
        int i => PyInt.FromLong(i),
        BigInteger bi => PyInt.FromBig(bi),
        double d => new PyFloat(d),
        Complex z => new PyComplex(z.Real, z.Imaginary),
        string s => s.Length <= 40 && IsIdentifierLike(s) ? StrIntern.Intern(s) : PyStr.FromString(s),
        SurrogateStr ss => PyStr.FromCodePoints(ss.CodePoints),
        byte[] b => PyBytes.From(b),
        CodeObject co => new PyCode(co),
        ConstantTuple t => TupleConstant(t),
        _ => ConstantHooks.Convert(c) ?? throw PyErrors.SystemError($"unsupported constant of type {c.GetType().Name}"),
    };

    private static PyObject TupleConstant(ConstantTuple t)
    {
        var items = new PyObject[t.Items.Length];
        for (int i = 0; i < items.Length; i++) items[i] = FromConstant(t.Items[i]);
        if (!t.IsFrozenSet) return PyTuple.Wrap(items);
        var first = new PySet(PyTypes.FrozenSet);
        foreach (var item in items) first.Add(item);
        // CPython's constant merger (merge_consts_recursive) rebuilds every frozenset constant from
        // the first one's iteration order; the layout, and so the order of a set display built
        // from it by SET_UPDATE, is that of the rebuilt one.
        var fs = new PySet(PyTypes.FrozenSet);
        foreach (var item in first.Items()) fs.Add(item);
        return fs;
    }

    /// <summary>CPython interns constant strings made of identifier characters (all_name_chars).</summary>
    private static bool IsIdentifierLike(string s)
    {
        foreach (var ch in s)
            if (!(ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) return false;
        return true;
    }

    internal static void InitType(PyType t)
    {
        t.Repr = static self =>
        {
            var c = (PyCode)self;
            return PyStr.FromString($"<code object {c.Code.Name} at 0x{ObjectIds.Of(c):x}, file \"{c.Code.Filename}\", line {c.Code.FirstLineNo}>");
        };
        t.Hash = CodeEquality.Hash;
        t.RichCompare = CodeEquality.Compare;
        CodeAttributes.Install(t);
    }
}

/// <summary>Constant kinds whose Python types live outside this folder (complex, bytes) register a
/// converter here, so the code object does not depend on every value type.</summary>
internal static class ConstantHooks
{
    public static Func<object, PyObject?>? Converter;

    public static PyObject? Convert(object c) => Converter?.Invoke(c);
}
