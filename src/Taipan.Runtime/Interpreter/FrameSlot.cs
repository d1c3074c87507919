using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// One local or value-stack slot of a <see cref="Frame"/>. A struct around the reference because
/// stores into a <c>PyObject?[]</c> pay .NET's covariant array-store check (a call into
/// CastHelpers.StelemRef on every push); stores into a struct array do not. Measured on fib(32):
/// the check was 28% of all cycles.
/// </summary>
internal struct FrameSlot
{
    public PyObject? V;
}
