using Taipan.Runtime.Objects;

namespace Taipan.Modules.Sre;

/// <summary>A pending REPEAT: how many times its body matched, and where the last iteration began (so an
/// empty iteration cannot loop forever).</summary>
internal sealed class SreRepeat
{
    public int Count;
    public int Pattern; // index of the REPEAT's <skip> operand
    public int LastPtr;
    public SreRepeat? Prev;
}

/// <summary>CPython's SRE_STATE: the subject, its bounds, the capture marks and the backtracking stacks of
/// one matching operation (a match/search call, or a whole findall/sub/split/scanner run).</summary>
internal abstract class SreState
{
    public readonly SrePattern Pattern;
    public readonly uint[] Code;
    public readonly PyObject Subject;
    public readonly bool IsBytes;
    public readonly int Length;
    public readonly int Pos, EndPos;

    /// <summary>Where the current attempt started, where it got to, and the end bound.</summary>
    public int Start, Ptr, End;
    public bool MustAdvance, MatchAll;

    /// <summary>Capture marks by mark index (group g has marks 2(g-1) and 2(g-1)+1); -1 = unset.
    /// Only entries up to <see cref="LastMark"/> are meaningful.</summary>
    public int[] Marks;
    public int LastMark = -1, LastIndex = -1;
    public SreRepeat? Repeat;

    protected SreState(SrePattern pattern, PyObject subject, bool isBytes, int length, long pos, long endpos)
    {
        Pattern = pattern;
        Code = pattern.Code;
        Subject = subject;
        IsBytes = isBytes;
        Length = length;
        if (pos < 0) pos = 0; else if (pos > length) pos = length;
        if (endpos < 0) endpos = 0; else if (endpos > length) endpos = length;
        Pos = (int)pos;
        EndPos = (int)endpos;
        Start = Pos;
        Ptr = Pos;
        End = EndPos;
        Marks = new int[Math.Max(2, pattern.Groups * 2)];
    }

    /// <summary>state_reset: forget the marks of the previous attempt.</summary>
    public void Reset()
    {
        LastMark = -1;
        LastIndex = -1;
        Repeat = null;
    }

    /// <summary>Matches at <see cref="Ptr"/>; on success Ptr is the end of the match.</summary>
    public abstract bool Match(bool toplevel);

    /// <summary>Searches from <see cref="Start"/>; on success Start/Ptr delimit the match.</summary>
    public abstract bool Search();

    /// <summary>Span of group <paramref name="g"/> (1-based) in the last successful attempt, or false.</summary>
    public bool GroupSpan(int g, out int start, out int end)
    {
        int i = (g - 1) * 2;
        start = end = -1;
        if (i >= LastMark || Marks[i] < 0 || Marks[i + 1] < 0) return false;
        start = Marks[i];
        end = Marks[i + 1];
        if (start > end)
            throw PyErrors.New(PyTypes.SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
        return true;
    }
}
