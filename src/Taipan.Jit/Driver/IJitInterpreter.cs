namespace Taipan.Jit.Driver;

/// <summary>
/// What the driver needs from an interpreter: its virtualizable frame (slots that live in machine
/// locals inside a trace and are written back on exit) and a way to rebuild frames of inlined calls.
/// Slots hold references; unboxed numbers live in removed (virtual) boxes inside traces.
/// </summary>
public interface IJitInterpreter<TGreens, TFrame>
{
    int SlotCount(TFrame frame);
    object? GetSlot(TFrame frame, int i);
    void SetSlot(TFrame frame, int i, object? value);
    /// <summary>Slots 0..count-1 into <paramref name="dest"/> (every trace entry: one call, not one per slot).</summary>
    void GetSlots(TFrame frame, object?[] dest, int count) { for (int i = 0; i < count; i++) dest[i] = GetSlot(frame, i); }
    /// <summary>Slots 0..count-1 from <paramref name="src"/> (every deopt).</summary>
    void SetSlots(TFrame frame, object?[] src, int count) { for (int i = 0; i < count; i++) SetSlot(frame, i, src[i]); }
    /// <summary>Sets where the frame continues (the green position of a resume point).</summary>
    void SetPosition(TFrame frame, TGreens at);
    /// <summary>
    /// A fresh frame of an inlined call for the function containing <paramref name="at"/>, from its resumed
    /// slot values (the driver then stores them with <see cref="SetSlot"/> and sets the position); an
    /// interpreter may keep in a slot what it needs to rebuild the frame (the called function).
    /// </summary>
    TFrame NewFrame(TGreens at, ReadOnlySpan<object?> slots);
}
