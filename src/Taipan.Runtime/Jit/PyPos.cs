using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Jit;

/// <summary>
/// The JIT's greens: a position in Python code (code object and instruction offset). Sp is the value-stack
/// depth there; CPython bytecode has a static stack depth per instruction, so it is carried along (a resume
/// point needs it) but not compared.
/// </summary>
internal readonly struct PyPos : IEquatable<PyPos>
{
    public readonly PyCode Code;
    public readonly int Pc;
    public readonly int Sp;

    public PyPos(PyCode code, int pc, int sp) { Code = code; Pc = pc; Sp = sp; }

    public bool Equals(PyPos o) => ReferenceEquals(Code, o.Code) && Pc == o.Pc;
    public override bool Equals(object? o) => o is PyPos p && Equals(p);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Code) * 31 + Pc;
    public override string ToString() => $"{Code.Code.Name}@{Pc}";
}
