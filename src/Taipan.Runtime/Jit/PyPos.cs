using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Jit;

/// <summary>
/// The JIT's greens: a position in Python code (code object and instruction offset). Sp is the value-stack
/// depth there (and Last the frame's LastI); CPython bytecode has a static stack depth per instruction, so it is carried along (a resume
/// point needs it) but not compared.
/// </summary>
internal readonly struct PyPos : IEquatable<PyPos>
{
    public readonly PyCode Code;
    public readonly int Pc;
    public readonly int Sp;
    /// <summary>The frame's LastI at a resume point: Pc, except for a caller of an inlined call, which resumes
    /// after its CALL waiting for the result and must still report (line, exception handler) the CALL.</summary>
    public readonly int Last;

    public PyPos(PyCode code, int pc, int sp) { Code = code; Pc = pc; Sp = sp; Last = pc; }
    public PyPos(PyCode code, int pc, int sp, int last) { Code = code; Pc = pc; Sp = sp; Last = last; }

    public bool Equals(PyPos o) => ReferenceEquals(Code, o.Code) && Pc == o.Pc;
    public override bool Equals(object? o) => o is PyPos p && Equals(p);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Code) * 31 + Pc;
    public override string ToString() => $"{Code.Code.Name}@{Pc}";
}
