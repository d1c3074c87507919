namespace Taipan.Jit.Driver;

/// <summary>What the interpreter does after <see cref="JitDriver{TGreens,TFrame}.CanEnterJit"/>.</summary>
public enum JitAction
{
    /// <summary>Keep interpreting.</summary>
    Continue,
    /// <summary>Switch to recording mode at the current position.</summary>
    StartRecording,
    /// <summary>Compiled code ran and left: the frame's slots and position were rebuilt; see ResumedFrames.</summary>
    Resumed,
    /// <summary>Compiled code ran to the return of the frame it was entered with: the result is in ReturnValue.</summary>
    Returned,
}
