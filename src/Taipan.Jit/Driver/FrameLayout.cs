namespace Taipan.Jit.Driver;

/// <summary>
/// Resume layout of a guard: the frames (outermost first) its flat resume list is cut into, and where each
/// frame's function was entered (a bridge recorded from the guard starts with the same inlined frames).
/// </summary>
public sealed class FrameLayout<TGreens>
{
    public readonly TGreens[] Positions;
    public readonly int[] SlotCounts;
    public readonly TGreens[] Entries;
    public FrameLayout(TGreens[] positions, int[] slotCounts, TGreens[] entries) { Positions = positions; SlotCounts = slotCounts; Entries = entries; }
}
