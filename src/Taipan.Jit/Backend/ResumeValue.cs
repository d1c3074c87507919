using Taipan.Jit.IR;

namespace Taipan.Jit.Backend;

public enum ResumeTag : byte { Default, Const, Int, Float, Ref, Virtual }

/// <summary>One value of resume data: a constant, a slot of the exit buffer, or a virtual to materialise.</summary>
public readonly struct ResumeValue
{
    public readonly ResumeTag Tag;
    public readonly int Index;
    public readonly Const? Const;
    public ResumeValue(ResumeTag tag, int index, Const? c = null) { Tag = tag; Index = index; Const = c; }
}

/// <summary>A virtual (removed allocation) to build when its guard fails.</summary>
public sealed class VirtualInfo
{
    public readonly ClassDescr Class;
    public readonly ResumeValue[] Fields;
    public VirtualInfo(ClassDescr cls, ResumeValue[] fields) { Class = cls; Fields = fields; }
}

/// <summary>An exit of a compiled trace: a guard (with its resume data) or a finish.</summary>
public sealed class GuardExit
{
    public readonly int Index;
    public readonly OpCode Code;
    /// <summary>Interpreter values to rebuild, in the order of the guard's resume list.</summary>
    public readonly ResumeValue[] Values;
    public readonly VirtualInfo[] Virtuals;
    public readonly object? Layout;
    public int FailCount;
    /// <summary>A trace attached to this exit (see JitDriver: a swappable target, no recompilation of the loop).</summary>
    public object? Bridge;
    public bool BridgeRefused;

    internal GuardExit(int index, OpCode code, ResumeValue[] values, VirtualInfo[] virtuals, object? layout)
    {
        Index = index;
        Code = code;
        Values = values;
        Virtuals = virtuals;
        Layout = layout;
    }

    public bool IsFinish => Code == OpCode.Finish;

    object?[]? virtualScratch;

    /// <summary>Builds the boxed interpreter values (ints as long, floats as double), materialising virtuals once each,
    /// into <paramref name="into"/> (at least <see cref="Values"/>.Length long) or a new array. Runs at every exit,
    /// bridge traversals included: virtual fields are stored unboxed and the virtuals' array is reused.</summary>
    public object?[] Materialize(ExitBuffer buf, object?[]? into = null)
    {
        var result = into ?? new object?[Values.Length];
        if (Virtuals.Length == 0)
        {
            for (int i = 0; i < Values.Length; i++) result[i] = Read(Values[i], buf, null);
            return result;
        }
        var objs = MaterializeVirtuals(buf);
        for (int i = 0; i < Values.Length; i++) result[i] = Read(Values[i], buf, objs);
        Array.Clear(objs);
        return result;
    }

    /// <summary>As <see cref="Materialize"/>, into <see cref="ExitBuffer.R2"/> (which must hold Values.Length items),
    /// for the next trace to run: the caller swaps it in.</summary>
    public void MaterializeToR2(ExitBuffer buf)
    {
        var objs = Virtuals.Length == 0 ? null : MaterializeVirtuals(buf);
        var values = Values;
        var r = buf.R;
        if ((uint)values.Length > (uint)buf.R2.Length) throw new InvalidOperationException("exit buffer too small");
        // a ref to object: no covariance check per store (StelemRef was a tenth of a bridge traversal)
        ref object? dest = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(buf.R2);
        for (int i = 0; i < values.Length; i++)
        {
            ref readonly var v = ref values[i];
            System.Runtime.CompilerServices.Unsafe.Add(ref dest, i) = v.Tag switch
            {
                ResumeTag.Ref => r[v.Index],
                ResumeTag.Default => null,
                _ => Read(v, buf, objs),
            };
        }
        if (objs != null) Array.Clear(objs);
    }

    /// <summary>The exit's virtual objects, allocated and filled (fields stored unboxed) in a reused array the
    /// caller clears. Not re-entrant: nothing here runs Python code or another trace.</summary>
    object?[] MaterializeVirtuals(ExitBuffer buf)
    {
        var objs = virtualScratch ??= new object?[Virtuals.Length];
        for (int i = 0; i < objs.Length; i++) objs[i] = Virtuals[i].Class.Allocate();
        for (int i = 0; i < objs.Length; i++)
        {
            var v = Virtuals[i];
            var obj = objs[i]!;
            var fields = v.Class.Fields;
            for (int f = 0; f < v.Fields.Length; f++)
            {
                ref readonly var rv = ref v.Fields[f];
                switch (rv.Tag)
                {
                    case ResumeTag.Default: break;
                    case ResumeTag.Int: fields[f].SetInt(obj, buf.I[rv.Index]); break;
                    case ResumeTag.Float: fields[f].SetFloat(obj, buf.F[rv.Index]); break;
                    case ResumeTag.Ref: fields[f].SetRef(obj, buf.R[rv.Index]); break;
                    case ResumeTag.Virtual: fields[f].SetRef(obj, objs[rv.Index]); break;
                    default:
                        var c = rv.Const!;
                        if (c.Kind == Kind.Int) fields[f].SetInt(obj, c.I);
                        else if (c.Kind == Kind.Float) fields[f].SetFloat(obj, c.F);
                        else fields[f].SetRef(obj, c.R);
                        break;
                }
            }
        }
        return objs;
    }

    static object? Read(in ResumeValue v, ExitBuffer buf, object?[]? objs) => v.Tag switch
    {
        ResumeTag.Const => v.Const!.Boxed,
        ResumeTag.Int => buf.I[v.Index],
        ResumeTag.Float => buf.F[v.Index],
        ResumeTag.Ref => buf.R[v.Index],
        ResumeTag.Virtual => objs![v.Index],
        _ => null,
    };
}
