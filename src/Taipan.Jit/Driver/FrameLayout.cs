namespace Taipan.Jit.Driver;

/// <summary>Resume layout of a guard: the frames (outermost first) its flat resume list is cut into.</summary>
public sealed class FrameLayout<TGreens>
{
    public readonly TGreens[] Positions;
    public readonly int[] SlotCounts;
    public FrameLayout(TGreens[] positions, int[] slotCounts) { Positions = positions; SlotCounts = slotCounts; }
}
