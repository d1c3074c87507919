using Stopwatch = System.Diagnostics.Stopwatch;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Taipan.Jit.IR;
using OpCode = Taipan.Jit.IR.OpCode;

namespace Taipan.Jit.Backend;

/// <summary>
/// Compiles a trace to one DynamicMethod `int (object[] consts, ExitBuffer buf)`: every SSA value is an
/// unboxed local (long, double or object); a failing guard branches to its out-of-line exit stub, which
/// stores the guard's live values into the exit buffer and returns the exit number.
/// </summary>
public static class CilBackend
{
    /// <summary>RyuJIT falls back to MinOpts past ~60 KB of IL or ~2,000 basic blocks (DESIGN.md §10); stay below.</summary>
    public static int MaxILBytes = 50_000;
    public static int MaxBlocks = 1_600;

    static readonly FieldInfo BufI = typeof(ExitBuffer).GetField(nameof(ExitBuffer.I))!;
    static readonly FieldInfo BufF = typeof(ExitBuffer).GetField(nameof(ExitBuffer.F))!;
    static readonly FieldInfo BufR = typeof(ExitBuffer).GetField(nameof(ExitBuffer.R))!;
    static readonly FieldInfo BufPending = typeof(ExitBuffer).GetField(nameof(ExitBuffer.Pending))!;
    static readonly FieldInfo BufDryRun = typeof(ExitBuffer).GetField(nameof(ExitBuffer.DryRun))!;
    static readonly FieldInfo BufIterations = typeof(ExitBuffer).GetField(nameof(ExitBuffer.Iterations))!;
    static readonly FieldInfo BreakPending = typeof(JitBreak).GetField(nameof(JitBreak.Pending))!;
    static readonly FieldInfo FlagInvalid = typeof(InvalidationFlag).GetField(nameof(InvalidationFlag.Invalid))!;
    static readonly MethodInfo GetTypeM = typeof(object).GetMethod(nameof(GetType))!;
    static readonly MethodInfo TypeFromHandle = typeof(Type).GetMethod(nameof(Type.GetTypeFromHandle))!;
    static readonly MethodInfo Uninit = typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.GetUninitializedObject))!;
    static readonly MethodInfo BigMul = typeof(Math).GetMethod(nameof(Math.BigMul), new[] { typeof(long), typeof(long), typeof(long).MakeByRefType() })!;

    public static CompiledTrace Compile(Trace trace) => new Emitter(trace).Run();

    sealed class Emitter
    {
        readonly Trace trace;
        readonly DynamicMethod dm;
        readonly ILGenerator il;
        readonly Dictionary<Value, LocalBuilder> locals = new(ReferenceEqualityComparer.Instance);
        readonly List<object?> consts = new();
        readonly Dictionary<object, LocalBuilder> constLocals = new(ReferenceEqualityComparer.Instance);
        readonly List<(Label label, Op op)> stubs = new();
        readonly List<GuardExit> exits = new();
        readonly InvalidationFlag flag = new();
        LocalBuilder? flagLocal, ovfLocal, exLocal, iArr, fArr, rArr;
        readonly List<(Value[] values, Label label)> sharedStores = new();
        LocalBuilder? exitNumber;

        static bool SameValues(Value[] a, Value[] b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++) if (!ReferenceEquals(a[i], b[i])) return false;
            return true;
        }

        static readonly Kind[] StubKinds = { Kind.Int, Kind.Float, Kind.Ref };

        void EmitInt(int n)
        {
            if (n <= 8) il.Emit(n switch
            {
                0 => OpCodes.Ldc_I4_0, 1 => OpCodes.Ldc_I4_1, 2 => OpCodes.Ldc_I4_2, 3 => OpCodes.Ldc_I4_3, 4 => OpCodes.Ldc_I4_4,
                5 => OpCodes.Ldc_I4_5, 6 => OpCodes.Ldc_I4_6, 7 => OpCodes.Ldc_I4_7, _ => OpCodes.Ldc_I4_8,
            });
            else if (n < 128) il.Emit(OpCodes.Ldc_I4_S, (sbyte)n);
            else il.Emit(OpCodes.Ldc_I4, n);
        }
        /// <summary>Times the loop label was passed since entry: a register increment per iteration, stored
        /// by every exit stub (the driver adds it to <see cref="CompiledTrace.Iterations"/>).</summary>
        LocalBuilder? itersLocal;
        int bufferSize;

        public Emitter(Trace trace)
        {
            this.trace = trace;
            dm = new DynamicMethod("trace", typeof(int), new[] { typeof(object[]), typeof(ExitBuffer) }, typeof(CilBackend).Module, skipVisibility: true);
            il = dm.GetILGenerator(256 + trace.Ops.Count * 24);
        }

        public CompiledTrace Run()
        {
            int guards = 0;
            foreach (var op in trace.Ops) if (op.IsGuard) guards++;
            if (guards * 2 + 8 > MaxBlocks) throw new TraceTooLargeException($"{guards} guards: too many basic blocks");
            var sw = Stopwatch.StartNew();
            bufferSize = trace.Inputs.Length;

            // dry run: lets the driver force (and time) RyuJIT's compilation without executing the trace
            var go = il.DefineLabel();
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldfld, BufDryRun);
            il.Emit(OpCodes.Brfalse, go);
            il.Emit(OpCodes.Ldc_I4_M1);
            il.Emit(OpCodes.Ret);
            il.MarkLabel(go);

            // constants of reference type are loaded once, into locals
            var constLoads = il.DefineLabel();
            var body = il.DefineLabel();
            il.Emit(OpCodes.Br, constLoads);
            il.MarkLabel(body);

            for (int j = 0; j < trace.Inputs.Length; j++)
            {
                var a = trace.Inputs[j];
                LoadBufferSlot(a.Kind, j);
                il.Emit(OpCodes.Stloc, Local(a));
            }
            // defined before the ops: the preamble's jump branches forward to it
            Label loop = il.DefineLabel();
            int lastLabel = trace.Ops.FindLastIndex(o => o.Code == OpCode.Label);
            var ops = trace.Ops;
            for (int i = 0; i < ops.Count; i++)
            {
                var op = ops[i];
                if (op.Code == OpCode.Label && i == lastLabel)
                {
                    il.MarkLabel(loop);
                    itersLocal = il.DeclareLocal(typeof(long));
                    il.Emit(OpCodes.Ldloc, itersLocal);
                    il.Emit(OpCodes.Ldc_I4_1);
                    il.Emit(OpCodes.Conv_I8);
                    il.Emit(OpCodes.Add);
                    il.Emit(OpCodes.Stloc, itersLocal);
                    continue;
                }
                EmitOp(op, i + 1 < ops.Count ? ops[i + 1] : null, loop, lastLabel);
                if (il.ILOffset > MaxILBytes) throw new TraceTooLargeException($"over {MaxILBytes} bytes of IL");
            }
            foreach (var (label, op) in stubs) EmitStub(label, op);

            il.MarkLabel(constLoads);
            for (int c = 0; c < consts.Count; c++)
            {
                var obj = consts[c]!;
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Ldc_I4, c);
                il.Emit(OpCodes.Ldelem_Ref);
                il.Emit(OpCodes.Stloc, constLocals[obj]);
            }
            il.Emit(OpCodes.Br, body);
            if (il.ILOffset > MaxILBytes) throw new TraceTooLargeException($"over {MaxILBytes} bytes of IL");
            int size = il.ILOffset;

            var run = (Func<ExitBuffer, int>)dm.CreateDelegate(typeof(Func<ExitBuffer, int>), consts.ToArray());
            var kinds = new Kind[trace.Inputs.Length];
            for (int j = 0; j < kinds.Length; j++) kinds[j] = trace.Inputs[j].Kind;
            foreach (var a in trace.Assumptions) a.AddDependent(flag);
            var result = new CompiledTrace(run, exits.ToArray(), kinds, flag, size, bufferSize)
            {
                EmitMs = sw.Elapsed.TotalMilliseconds,
                IsLoop = lastLabel >= 0 && ops.Count > 0 && ops[^1].Code == OpCode.Jump,
            };
            sw.Restart();
            var dry = new ExitBuffer { DryRun = true };
            run(dry);
            result.JitMs = sw.Elapsed.TotalMilliseconds;
            return result;
        }

        LocalBuilder Local(Value v)
        {
            if (!locals.TryGetValue(v, out var l))
                locals[v] = l = il.DeclareLocal(v.Kind switch { Kind.Int => typeof(long), Kind.Float => typeof(double), _ => typeof(object) });
            return l;
        }

        void Load(Value v)
        {
            switch (v)
            {
                case Const c when c.Kind == Kind.Int: il.Emit(OpCodes.Ldc_I8, c.I); break;
                case Const c when c.Kind == Kind.Float: il.Emit(OpCodes.Ldc_R8, c.F); break;
                case Const { R: null }: il.Emit(OpCodes.Ldnull); break;
                case Const c: il.Emit(OpCodes.Ldloc, ConstLocal(c.R!)); break;
                case VirtualValue: throw new InvalidOperationException("a virtual reached the backend outside resume data");
                default:
                    if (!locals.TryGetValue(v, out var l)) throw new InvalidOperationException($"value used before definition in {TracePrinter.Print(trace)}");
                    il.Emit(OpCodes.Ldloc, l);
                    break;
            }
        }

        LocalBuilder ConstLocal(object o)
        {
            if (!constLocals.TryGetValue(o, out var l))
            {
                constLocals[o] = l = il.DeclareLocal(typeof(object));
                consts.Add(o);
            }
            return l;
        }

        void Store(Op op) => il.Emit(OpCodes.Stloc, Local(op));

        void LoadBufferSlot(Kind k, int j)
        {
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldfld, k == Kind.Int ? BufI : k == Kind.Float ? BufF : BufR);
            il.Emit(OpCodes.Ldc_I4, j);
            il.Emit(k == Kind.Int ? OpCodes.Ldelem_I8 : k == Kind.Float ? OpCodes.Ldelem_R8 : OpCodes.Ldelem_Ref);
        }

        Label Stub(Op guard)
        {
            var l = il.DefineLabel();
            stubs.Add((l, guard));
            return l;
        }

        void EmitOp(Op op, Op? next, Label loop, int lastLabel)
        {
            var a = op.Args;
            switch (op.Code)
            {
                case OpCode.Label:
                    // an earlier label only marks a point: its arguments are already defined values
                    foreach (var v in a) if (v is not Const && !locals.ContainsKey(v)) throw new InvalidOperationException("label of undefined value");
                    return;
                case OpCode.Jump:
                {
                    if (lastLabel < 0) throw new InvalidOperationException("jump without a label");
                    var target = trace.Ops[lastLabel].Args;
                    if (target.Length != a.Length) throw new InvalidOperationException("jump and label arity differ");
                    foreach (var v in a) Load(v);
                    for (int k = target.Length - 1; k >= 0; k--) il.Emit(OpCodes.Stloc, Local(target[k]));
                    il.Emit(OpCodes.Br, loop);
                    return;
                }
                case OpCode.Finish:
                    il.Emit(OpCodes.Br, Stub(op));
                    return;

                case OpCode.GuardTrue: Load(a[0]); il.Emit(OpCodes.Brfalse, Stub(op)); return;
                case OpCode.GuardFalse: Load(a[0]); il.Emit(OpCodes.Brtrue, Stub(op)); return;
                case OpCode.GuardNonNull: Load(a[0]); il.Emit(OpCodes.Brfalse, Stub(op)); return;
                case OpCode.GuardIsNull: Load(a[0]); il.Emit(OpCodes.Brtrue, Stub(op)); return;
                case OpCode.GuardValue: Load(a[0]); Load(a[1]); il.Emit(OpCodes.Bne_Un, Stub(op)); return;
                case OpCode.GuardClass:
                {
                    var stub = Stub(op);
                    Load(a[0]);
                    il.Emit(OpCodes.Brfalse, stub);
                    Load(a[0]);
                    il.Emit(OpCodes.Callvirt, GetTypeM);
                    il.Emit(OpCodes.Ldtoken, ((ClassDescr)op.Descr!).Type);
                    il.Emit(OpCodes.Call, TypeFromHandle);
                    il.Emit(OpCodes.Bne_Un, stub);
                    return;
                }
                case OpCode.GuardNoOverflow: il.Emit(OpCodes.Ldloc, Ovf()); il.Emit(OpCodes.Brtrue, Stub(op)); return;
                case OpCode.GuardOverflow: il.Emit(OpCodes.Ldloc, Ovf()); il.Emit(OpCodes.Brfalse, Stub(op)); return;
                case OpCode.GuardNoException: return; // emitted with its call
                case OpCode.GuardNoBreak:
                    il.Emit(OpCodes.Volatile);
                    il.Emit(OpCodes.Ldsfld, BreakPending);
                    il.Emit(OpCodes.Brtrue, Stub(op));
                    return;
                case OpCode.GuardNotInvalidated:
                    flagLocal ??= ConstLocal(flag);
                    il.Emit(OpCodes.Ldloc, flagLocal);
                    il.Emit(OpCodes.Ldfld, FlagInvalid);
                    il.Emit(OpCodes.Brtrue, Stub(op));
                    return;

                case OpCode.IntAdd: Bin(op, OpCodes.Add); return;
                case OpCode.IntSub: Bin(op, OpCodes.Sub); return;
                case OpCode.IntMul: Bin(op, OpCodes.Mul); return;
                case OpCode.IntAnd: Bin(op, OpCodes.And); return;
                case OpCode.IntOr: Bin(op, OpCodes.Or); return;
                case OpCode.IntXor: Bin(op, OpCodes.Xor); return;
                case OpCode.IntLshift: Load(a[0]); Load(a[1]); il.Emit(OpCodes.Conv_I4); il.Emit(OpCodes.Shl); Store(op); return;
                case OpCode.IntRshift: Load(a[0]); Load(a[1]); il.Emit(OpCodes.Conv_I4); il.Emit(OpCodes.Shr); Store(op); return;
                case OpCode.IntNeg: Load(a[0]); il.Emit(OpCodes.Neg); Store(op); return;
                case OpCode.FloatAdd: Bin(op, OpCodes.Add); return;
                case OpCode.FloatSub: Bin(op, OpCodes.Sub); return;
                case OpCode.FloatMul: Bin(op, OpCodes.Mul); return;
                case OpCode.FloatTrueDiv: Bin(op, OpCodes.Div); return;
                case OpCode.FloatNeg: Load(a[0]); il.Emit(OpCodes.Neg); Store(op); return;
                case OpCode.CastIntToFloat: Load(a[0]); il.Emit(OpCodes.Conv_R8); Store(op); return;
                case OpCode.CastFloatToInt: Load(a[0]); il.Emit(OpCodes.Conv_I8); Store(op); return;

                case OpCode.IntAddOvf:
                {
                    // overflow iff both operands differ in sign from the result
                    var r = Local(op);
                    Load(a[0]); Load(a[1]); il.Emit(OpCodes.Add); il.Emit(OpCodes.Stloc, r);
                    Load(a[0]); il.Emit(OpCodes.Ldloc, r); il.Emit(OpCodes.Xor);
                    Load(a[1]); il.Emit(OpCodes.Ldloc, r); il.Emit(OpCodes.Xor);
                    il.Emit(OpCodes.And); il.Emit(OpCodes.Ldc_I8, 0L); il.Emit(OpCodes.Clt);
                    il.Emit(OpCodes.Stloc, Ovf());
                    return;
                }
                case OpCode.IntSubOvf:
                {
                    var r = Local(op);
                    Load(a[0]); Load(a[1]); il.Emit(OpCodes.Sub); il.Emit(OpCodes.Stloc, r);
                    Load(a[0]); Load(a[1]); il.Emit(OpCodes.Xor);
                    Load(a[0]); il.Emit(OpCodes.Ldloc, r); il.Emit(OpCodes.Xor);
                    il.Emit(OpCodes.And); il.Emit(OpCodes.Ldc_I8, 0L); il.Emit(OpCodes.Clt);
                    il.Emit(OpCodes.Stloc, Ovf());
                    return;
                }
                case OpCode.IntMulOvf:
                {
                    // the high half of the 128-bit product must be the sign extension of the low half
                    var r = Local(op);
                    Load(a[0]); Load(a[1]); il.Emit(OpCodes.Ldloca, r); il.Emit(OpCodes.Call, BigMul);
                    il.Emit(OpCodes.Ldloc, r); il.Emit(OpCodes.Ldc_I4, 63); il.Emit(OpCodes.Shr);
                    il.Emit(OpCodes.Ceq); il.Emit(OpCodes.Ldc_I4_0); il.Emit(OpCodes.Ceq);
                    il.Emit(OpCodes.Stloc, Ovf());
                    return;
                }

                case OpCode.IntLt: Cmp(op, OpCodes.Clt, false); return;
                case OpCode.IntGt: Cmp(op, OpCodes.Cgt, false); return;
                case OpCode.IntLe: Cmp(op, OpCodes.Cgt, true); return;
                case OpCode.IntGe: Cmp(op, OpCodes.Clt, true); return;
                case OpCode.IntEq: case OpCode.PtrEq: Cmp(op, OpCodes.Ceq, false); return;
                case OpCode.IntNe: case OpCode.PtrNe: Cmp(op, OpCodes.Ceq, true); return;
                case OpCode.FloatLt: Cmp(op, OpCodes.Clt, false); return;
                case OpCode.FloatGt: Cmp(op, OpCodes.Cgt, false); return;
                case OpCode.FloatLe: Cmp(op, OpCodes.Cgt_Un, true); return;   // NaN: unordered is not <=
                case OpCode.FloatGe: Cmp(op, OpCodes.Clt_Un, true); return;
                case OpCode.FloatEq: Cmp(op, OpCodes.Ceq, false); return;
                case OpCode.FloatNe: Cmp(op, OpCodes.Ceq, true); return;
                case OpCode.IntIsTrue: Load(a[0]); il.Emit(OpCodes.Ldc_I8, 0L); il.Emit(OpCodes.Cgt_Un); il.Emit(OpCodes.Conv_I8); Store(op); return;
                case OpCode.SameAs: Load(a[0]); Store(op); return;

                // field access trusts the guard_class the recorder put before it (unverifiable IL, no cast)
                case OpCode.GetField: Load(a[0]); il.Emit(OpCodes.Ldfld, ((FieldDescr)op.Descr!).Field); Store(op); return;
                case OpCode.SetField: Load(a[0]); Load(a[1]); il.Emit(OpCodes.Stfld, ((FieldDescr)op.Descr!).Field); return;
                case OpCode.GetArrayItem:
                {
                    var d = (ArrayDescr)op.Descr!;
                    Load(a[0]); Load(a[1]); il.Emit(OpCodes.Conv_Ovf_I);
                    il.Emit(d.ItemKind == Kind.Int ? OpCodes.Ldelem_I8 : d.ItemKind == Kind.Float ? OpCodes.Ldelem_R8 : OpCodes.Ldelem_Ref);
                    Store(op);
                    return;
                }
                case OpCode.SetArrayItem:
                {
                    var d = (ArrayDescr)op.Descr!;
                    Load(a[0]); Load(a[1]); il.Emit(OpCodes.Conv_Ovf_I); Load(a[2]);
                    if (d.ItemKind == Kind.Ref && d.ItemType != typeof(object)) il.Emit(OpCodes.Stelem, d.ItemType);
                    else il.Emit(d.ItemKind == Kind.Int ? OpCodes.Stelem_I8 : d.ItemKind == Kind.Float ? OpCodes.Stelem_R8 : OpCodes.Stelem_Ref);
                    return;
                }
                case OpCode.ArrayLen: Load(a[0]); il.Emit(OpCodes.Ldlen); il.Emit(OpCodes.Conv_I8); Store(op); return;
                case OpCode.New:
                {
                    var t = ((ClassDescr)op.Descr!).Type;
                    var ctor = t.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);
                    if (ctor != null) il.Emit(OpCodes.Newobj, ctor);
                    else { il.Emit(OpCodes.Ldtoken, t); il.Emit(OpCodes.Call, TypeFromHandle); il.Emit(OpCodes.Call, Uninit); }
                    Store(op);
                    return;
                }
                case OpCode.NewArray:
                    Load(a[0]); il.Emit(OpCodes.Conv_Ovf_I); il.Emit(OpCodes.Newarr, ((ArrayDescr)op.Descr!).ItemType); Store(op);
                    return;
                case OpCode.Call:
                case OpCode.CallPure:
                    EmitCall(op, next);
                    return;
                default:
                    throw new InvalidOperationException($"backend does not know {op.Code}");
            }
        }

        LocalBuilder Ovf() => ovfLocal ??= il.DeclareLocal(typeof(bool));

        void Bin(Op op, System.Reflection.Emit.OpCode code) { Load(op.Args[0]); Load(op.Args[1]); il.Emit(code); Store(op); }

        void Cmp(Op op, System.Reflection.Emit.OpCode code, bool negate)
        {
            Load(op.Args[0]); Load(op.Args[1]); il.Emit(code);
            if (negate) { il.Emit(OpCodes.Ldc_I4_0); il.Emit(OpCodes.Ceq); }
            il.Emit(OpCodes.Conv_I8);
            Store(op);
        }

        void EmitCall(Op op, Op? next)
        {
            var d = (CallDescr)op.Descr!;
            bool guarded = next is { Code: OpCode.GuardNoException };
            if (guarded)
            {
                // the call leaves through the guard's deopt exit with the exception pending in the buffer
                var stub = Stub(next!);
                il.BeginExceptionBlock();
                foreach (var v in op.Args) Load(v);
                il.Emit(OpCodes.Call, d.Method);
                if (op.Kind != Kind.Void) Store(op);
                il.BeginCatchBlock(typeof(Exception));
                exLocal ??= il.DeclareLocal(typeof(Exception));
                il.Emit(OpCodes.Stloc, exLocal);
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Ldloc, exLocal);
                il.Emit(OpCodes.Stfld, BufPending);
                il.Emit(OpCodes.Leave, stub);
                il.EndExceptionBlock();
                return;
            }
            foreach (var v in op.Args) Load(v);
            il.Emit(OpCodes.Call, d.Method);
            if (op.Kind != Kind.Void) Store(op);
        }

        void EmitStub(Label label, Op op)
        {
            il.MarkLabel(label);
            var failArgs = new List<Value>();
            var index = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
            var virtuals = new List<VirtualValue>();
            var vindex = new Dictionary<VirtualValue, int>(ReferenceEqualityComparer.Instance);
            var source = op.Code == OpCode.Finish ? op.Args : op.Resume ?? Array.Empty<Value>();
            var values = new ResumeValue[source.Length];
            for (int i = 0; i < source.Length; i++) values[i] = Encode(source[i]);
            // encoding a virtual's fields may meet further virtuals: the list grows while we walk it
            var vinfos = new List<VirtualInfo>();
            for (int i = 0; i < virtuals.Count; i++)
            {
                var fields = new ResumeValue[virtuals[i].Fields.Length];
                for (int f = 0; f < fields.Length; f++) fields[f] = virtuals[i].Fields[f] is { } fv ? Encode(fv) : default;
                vinfos.Add(new VirtualInfo(virtuals[i].Class, fields));
            }

            bufferSize = Math.Max(bufferSize, failArgs.Count);
            EmitInt(exits.Count);
            // guards with the same live values (several checks of one instruction, a loop's last guards)
            // share one block of stores, entered with their exit number on the stack
            var key = failArgs.ToArray();
            for (int s = sharedStores.Count - 1; s >= 0 && s >= sharedStores.Count - 16; s--)
            {
                if (!SameValues(sharedStores[s].values, key)) continue;
                il.Emit(OpCodes.Br, sharedStores[s].label);
                exits.Add(new GuardExit(exits.Count, op.Code, values, vinfos.ToArray(), op.Layout));
                return;
            }
            var block = il.DefineLabel();
            il.MarkLabel(block);
            sharedStores.Add((key, block));
            exitNumber ??= il.DeclareLocal(typeof(int));
            il.Emit(OpCodes.Stloc, exitNumber);
            // Stubs are ~3/4 of a trace's IL (and of RyuJIT's time): each exit array is read from the buffer
            // once per stub (not per value: a residual call may have resized it, so not once per trace), and
            // values are stored from the highest index down, so RyuJIT's first bounds check covers the rest.
            foreach (var kind in StubKinds)
            {
                int last = failArgs.FindLastIndex(v => v.Kind == kind);
                if (last < 0) continue;
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Ldfld, kind == Kind.Int ? BufI : kind == Kind.Float ? BufF : BufR);
                var arr = kind == Kind.Int ? (iArr ??= il.DeclareLocal(typeof(long[])))
                    : kind == Kind.Float ? (fArr ??= il.DeclareLocal(typeof(double[]))) : (rArr ??= il.DeclareLocal(typeof(object[])));
                il.Emit(OpCodes.Stloc, arr);
                for (int j = last; j >= 0; j--)
                {
                    var v = failArgs[j];
                    if (v.Kind != kind) continue;
                    il.Emit(OpCodes.Ldloc, arr);
                    EmitInt(j);
                    Load(v);
                    il.Emit(kind == Kind.Int ? OpCodes.Stelem_I8 : kind == Kind.Float ? OpCodes.Stelem_R8 : OpCodes.Stelem_Ref);
                }
            }
            il.Emit(OpCodes.Ldarg_1);
            if (itersLocal != null) il.Emit(OpCodes.Ldloc, itersLocal);
            else il.Emit(OpCodes.Ldc_I8, 0L);
            il.Emit(OpCodes.Stfld, BufIterations);
            il.Emit(OpCodes.Ldloc, exitNumber);
            il.Emit(OpCodes.Ret);
            exits.Add(new GuardExit(exits.Count, op.Code, values, vinfos.ToArray(), op.Layout));

            ResumeValue Encode(Value v)
            {
                switch (v)
                {
                    case Const c: return new ResumeValue(ResumeTag.Const, 0, c);
                    case VirtualValue vv:
                        if (!vindex.TryGetValue(vv, out var vi)) { vi = virtuals.Count; vindex[vv] = vi; virtuals.Add(vv); }
                        return new ResumeValue(ResumeTag.Virtual, vi);
                    default:
                        if (!index.TryGetValue(v, out var j)) { j = failArgs.Count; index[v] = j; failArgs.Add(v); }
                        return new ResumeValue(v.Kind == Kind.Int ? ResumeTag.Int : v.Kind == Kind.Float ? ResumeTag.Float : ResumeTag.Ref, j);
                }
            }
        }
    }
}
