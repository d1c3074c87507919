namespace Taipan.Jit.IR;

/// <summary>A linear trace: input arguments then operations, normally ending with jump or finish.</summary>
public sealed class Trace
{
    public readonly InputArg[] Inputs;
    public readonly List<Op> Ops;
    /// <summary>Assumptions (quasi-immutable fields) whose invalidation must kill the compiled trace.</summary>
    public readonly List<Assumption> Assumptions = new();

    public Trace(InputArg[] inputs, List<Op> ops) { Inputs = inputs; Ops = ops; }

    public override string ToString() => TracePrinter.Print(this);
}
