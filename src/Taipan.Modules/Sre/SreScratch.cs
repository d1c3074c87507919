namespace Taipan.Modules.Sre;

/// <summary>One backtracking frame of the matcher (CPython's SRE(match_context)).</summary>
internal struct SreContext
{
    public int Pattern, Ptr, Count, LastMark, LastIndex;
    public uint Chr;
    public SreRepeat? Rep;
    public byte Jump;
    public bool TopLevel;
}

/// <summary>
/// The matcher's context and data stacks, one pair per thread. A match attempt never runs Python
/// code, so attempts on one thread never overlap and can share them; allocating them per state was
/// ~1 KB for every match()/search() call (the regex benchmark makes ~10^6 such calls, measured).
/// </summary>
internal sealed class SreScratch
{
    [ThreadStatic] private static SreScratch? current;

    public SreContext[] Ctxs = new SreContext[16];
    public int[] Data = new int[64];

    public static SreScratch Current => current ??= new SreScratch();
}
