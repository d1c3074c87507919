namespace Taipan.Jit.IR;

/// <summary>
/// A quasi-immutable fact (e.g. "global f is this function"): traces read it as a constant and
/// are invalidated when the interpreter changes it. Writers call <see cref="Invalidate"/>.
/// </summary>
public sealed class Assumption
{
    readonly List<InvalidationFlag> dependents = new();
    public readonly string Name;
    public Assumption(string name) { Name = name; }

    /// <summary>False once invalidated: an assumption never becomes valid again (make a new one).</summary>
    public bool IsValid { get; private set; } = true;

    internal void AddDependent(InvalidationFlag f)
    {
        lock (dependents)
        {
            // the fact may have changed while the trace was being recorded: born invalid
            if (!IsValid) f.Invalid = true;
            else dependents.Add(f);
        }
    }

    /// <summary>Marks every trace that relied on this fact invalid; it leaves at its next guard_not_invalidated.</summary>
    public void Invalidate()
    {
        lock (dependents)
        {
            IsValid = false;
            foreach (var f in dependents) f.Invalid = true;
            dependents.Clear();
        }
    }
}

/// <summary>One compiled trace's "invalidated" bit, read by guard_not_invalidated.</summary>
public sealed class InvalidationFlag
{
    public bool Invalid;
}
