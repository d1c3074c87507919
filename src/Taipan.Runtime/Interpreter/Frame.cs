using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

internal enum FrameState : byte { Created, Running, Suspended, Returned, Raised }

/// <summary>
/// A heap frame (CPython's _PyInterpreterFrame + PyFrameObject in one). <see cref="Slots"/> holds the
/// locals-plus (varnames, cells, free variables) followed by the value stack, so a frame is two
/// allocations and the JIT can treat the array as the virtualizable. Frames link to their caller
/// through <see cref="Back"/>; Python-to-Python calls push a frame in the same interpreter loop.
/// </summary>
internal sealed class Frame : PyObject
{
    public readonly PyCode Code;
    public readonly FrameSlot[] Slots;
    public int Sp;
    /// <summary>Except blocks entered and not left (PUSH_EXC_INFO minus POP_EXCEPT): a generator
    /// suspended inside one owns the exception being handled (CPython's gi_exc_state).</summary>
    public int HandlerDepth;
    /// <summary>Next instruction to execute (a word offset).</summary>
    public int Pc;
    /// <summary>The instruction being executed when the frame last called out or raised.</summary>
    public int LastI = -1;
    public Frame? Back;
    public PyDict Globals;
    public PyDict Builtins;
    /// <summary>The locals mapping of module and class-body frames (LOAD_NAME/STORE_NAME); null for functions.</summary>
    public PyObject? Locals;
    public PyFunction? Function;
    public FrameState State;
    /// <summary>The generator/coroutine owning this frame, if any.</summary>
    public PyGenerator? Generator;
    /// <summary>f_trace and the lazily built f_locals dict of function frames.</summary>
    public PyObject? Trace;
    private PyDict? localsSnapshot;
    /// <summary>Tracing (Interpreter/Tracing.cs): the instruction traced before the current one (-1 at the
    /// start of a frame), which decides line events as CPython's instr_prev does.</summary>
    public int TracePrev = -1;
    /// <summary>f_lineno set by a trace function: the instruction to continue at (-1: none).</summary>
    public int TraceJump = -1;
    /// <summary><see cref="TraceJump"/> was set at the 'return' event of a yield: the frame yields, then
    /// resumes at the target.</summary>
    public bool TraceJumpFromYield;
    /// <summary>f_trace_lines cleared / f_trace_opcodes set (both false by default).</summary>
    public bool TraceLinesOff, TraceOpcodes;
    /// <summary>An exception from a trace function, handed from EvalLoop.TraceStep to the loop.</summary>
    public PyBaseException? TraceError;
    /// <summary>Python code may hold this frame (traceback, sys._getframe, f_back, a signal handler's
    /// argument): it must not be recycled when it returns.</summary>
    public bool Escaped;

    public Frame(PyCode code, PyDict globals, PyDict builtins, PyObject? locals) : base(RuntimeTypes.Frame)
    {
        Code = code;
        // One spare slot: ops that pop n values clear the vacated slots as s[sp] = s[sp + 1] = null,
        // which touches one past the top when the stack was full.
        Slots = new FrameSlot[code.NLocalsPlus + code.StackSize + 1];
        Sp = code.NLocalsPlus;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
    }

    /// <summary>Marks this frame and its callers as visible to Python code (they stay reachable
    /// through f_back), so none of them is recycled.</summary>
    public Frame MarkEscaped()
    {
        for (var x = this; x is not null && !x.Escaped; x = x.Back) x.Escaped = true;
        return this;
    }

    /// <summary>A recycled frame made ready for a new call of <paramref name="fn"/> (fields as the constructor
    /// leaves them; <see cref="ClearForReuse"/> already reset the rest). Globals and builtins are almost
    /// always the same as the last call's: comparing first saves two GC write barriers per call.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void Reinitialize(PyFunction fn)
    {
        Sp = Code.NLocalsPlus;
        Pc = 0;
        LastI = -1;
        if (!ReferenceEquals(Globals, fn.Globals)) Globals = fn.Globals;
        if (!ReferenceEquals(Builtins, fn.Builtins)) Builtins = fn.Builtins;
        Function = fn;
        State = FrameState.Created;
    }

    /// <summary>Called when a returned frame goes to its code's free list: it must not keep its locals,
    /// its caller or its function alive.</summary>
    internal void ClearForReuse()
    {
        var slots = Slots;
        // Small frames (most calls): a loop beats Array.Clear's call and size dispatch.
        if (slots.Length <= 16)
            for (int i = 0; i < slots.Length; i++) slots[i].V = null;
        else
            slots.AsSpan().Clear();
        HandlerDepth = 0;
        Back = null;
        Function = null;
        Trace = null;
        TraceLinesOff = TraceOpcodes = false;
        Locals = null;
        Generator = null;
        localsSnapshot = null;
    }

    /// <summary>A frame that has not run (a new generator's) is on its `def` line, as CPython's RETURN_GENERATOR prologue.</summary>
    public int LineNo => LastI < 0 ? Code.Code.FirstLineNo : Code.LineAt(LastI);

    /// <summary>f_locals: the mapping for module/class frames, else a snapshot dict of the fast locals
    /// (refreshed on each access, like CPython's PyFrame_FastToLocals).</summary>
    public PyObject GetLocals()
    {
        if (Locals is not null) return Locals;
        var d = localsSnapshot ??= new PyDict();
        var code = Code;
        for (int i = 0; i < code.NLocalsPlus; i++)
        {
            var v = Slots[i].V;
            if (i >= code.NLocals && v is PyCell c) v = c.Contents;
            else if (i < code.NLocals && v is PyCell c2 && IsCellArgument(i)) v = c2.Contents;
            if (v is null) d.DelItemIfPresent(code.LocalNames[i]);
            else d.SetItem(code.LocalNames[i], v);
        }
        return d;
    }

    private bool IsCellArgument(int i) => Array.IndexOf(Code.Code.CellVars, Code.Code.VarNames[i]) >= 0;

    internal static void InitType(PyType t)
    {
        t.Repr = static self =>
        {
            var f = (Frame)self;
            return PyStr.FromString($"<frame at 0x{ObjectIds.Of(f):x}, file '{f.Code.Code.Filename}', line {f.LineNo}, code {f.Code.Code.Name}>");
        };
        BindingInstaller.AddGetter(t, "f_back", static s => (PyObject?)VisibleBack((Frame)s) ?? PyNone.Instance);
        BindingInstaller.AddGetter(t, "f_code", static s => ((Frame)s).Code);
        BindingInstaller.AddGetter(t, "f_globals", static s => ((Frame)s).Globals);
        BindingInstaller.AddGetter(t, "f_builtins", static s => ((Frame)s).Builtins);
        BindingInstaller.AddGetter(t, "f_locals", static s => ((Frame)s).GetLocals());
        BindingInstaller.AddGetSet(t, "f_lineno", static s => PyInt.FromLong(((Frame)s).LineNo), static (s, v) => FrameJump.SetLineNo((Frame)s, v));
        BindingInstaller.AddGetter(t, "f_lasti", static s => PyInt.FromLong(Math.Max(0, ((Frame)s).LastI) * 2));
        BindingInstaller.AddGetSet(t, "f_trace", static s => ((Frame)s).Trace ?? PyNone.Instance, static (s, v) => ((Frame)s).Trace = v == PyNone.Instance ? null : v);
        BindingInstaller.AddGetSet(t, "f_trace_lines", static s => PyBool.FromBool(!((Frame)s).TraceLinesOff), static (s, v) => ((Frame)s).TraceLinesOff = !TraceFlag(v, "f_trace_lines"));
        BindingInstaller.AddGetSet(t, "f_trace_opcodes", static s => PyBool.FromBool(((Frame)s).TraceOpcodes), static (s, v) => ((Frame)s).TraceOpcodes = TraceFlag(v, "f_trace_opcodes"));
        BindingInstaller.AddMethod(t, "clear", static (s, a, k) => ((Frame)s!).Clear());
    }

    /// <summary>frame.clear(): a frame that is not running drops its locals, value stack and f_trace; a
    /// suspended generator's frame closes the generator first (its finally blocks run), as CPython's
    /// frame_clear does.</summary>
    private PyObject Clear()
    {
        if (State == FrameState.Running) throw PyErrors.RuntimeError("cannot clear an executing frame");
        if (Generator is { } gen && !gen.IsFinished)
        {
            gen.Close();
        }
        Trace = null;
        Slots.AsSpan().Clear();
        Sp = Code.NLocalsPlus;
        localsSnapshot?.clear();
        return PyNone.Instance;
    }

    private static bool TraceFlag(PyObject? v, string name)
    {
        if (v is null) throw PyErrors.TypeError("can't delete numeric/char attribute");
        if (v.type != PyTypes.Bool) throw PyErrors.TypeError("attribute value type must be bool");
        return ReferenceEquals(v, PyBool.True);
    }

    /// <summary>PyFrame_LocalsToFast: a trace function may have changed f_locals (pdb's `!x = 1`); the
    /// snapshot's values go back into the fast locals and cells.</summary>
    internal void LocalsToFast()
    {
        var d = localsSnapshot;
        if (d is null || Locals is not null) return;
        var code = Code;
        for (int i = 0; i < code.NLocalsPlus; i++)
        {
            var v = d.GetItemOrNull(code.LocalNames[i]);
            var slot = Slots[i].V;
            if (slot is PyCell c && (i >= code.NLocals || IsCellArgument(i))) c.Contents = v;
            else if (i < code.NLocals) Slots[i].V = v;
        }
    }

    /// <summary>Refreshes an existing f_locals snapshot (PyFrame_FastToLocals before a trace call), so
    /// that <see cref="LocalsToFast"/> afterwards writes back current values only.</summary>
    internal bool HasLocalsSnapshot => localsSnapshot is not null && Locals is null;

    private static Frame? VisibleBack(Frame f) => f.Back?.MarkEscaped();
}
