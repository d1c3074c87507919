using System.Runtime.CompilerServices;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Sre;

/// <summary>
/// The SRE matching engine over one subject representation. It follows CPython's sre_lib.h operation
/// by operation (the same backtracking order, mark saving and zero-width protections decide which match is
/// found and what the groups hold), and like it never recurses: a nested attempt pushes a context on an
/// explicit stack and "returns" to a resume point named by the context's jump code.
/// </summary>
internal sealed class SreMatcher<TS> : SreState where TS : struct, ISreSubject
{
    private readonly TS s;

    // Borrowed from the thread's SreScratch for the length of one Match/Search call (given back resized).
    private SreContext[] ctxs = null!;
    private int[] data = null!;
    private int dataTop;

    // Resume points (what the parent does when a nested attempt finishes).
    private const byte J_NONE = 0, J_MAX_UNTIL_1 = 1, J_MAX_UNTIL_2 = 2, J_MAX_UNTIL_3 = 3, J_MIN_UNTIL_1 = 4,
        J_MIN_UNTIL_2 = 5, J_MIN_UNTIL_3 = 6, J_REPEAT = 7, J_REPEAT_ONE_1 = 8, J_REPEAT_ONE_2 = 9,
        J_MIN_REPEAT_ONE = 10, J_BRANCH = 11, J_ASSERT = 12, J_ASSERT_NOT = 13, J_POSS_REPEAT_1 = 14,
        J_POSS_REPEAT_2 = 15, J_ATOMIC_GROUP = 16, J_REPEAT_ONE_3 = 17;

    public SreMatcher(SrePattern pattern, PyObject subject, bool isBytes, int length, long pos, long endpos, TS s)
        : base(pattern, subject, isBytes, length, pos, endpos) => this.s = s;

    public override bool Match(bool toplevel)
    {
        var scratch = SreScratch.Current;
        ctxs = scratch.Ctxs;
        data = scratch.Data;
        dataTop = 0;
        try { return Run(0, toplevel); }
        catch (IndexOutOfRangeException) { throw InvalidSreCode(); }
        finally { GiveBack(scratch); }
    }

    public override bool Search()
    {
        var scratch = SreScratch.Current;
        ctxs = scratch.Ctxs;
        data = scratch.Data;
        try { return SearchCore(); }
        catch (IndexOutOfRangeException) { throw InvalidSreCode(); }
        finally { GiveBack(scratch); }
    }

    private void GiveBack(SreScratch scratch)
    {
        scratch.Ctxs = ctxs;
        scratch.Data = data;
        ctxs = null!;
        data = null!;
    }

    // Code that did not come from re._compiler can index past its end; CPython rejects it at compile time.
    private static PyException InvalidSreCode() => PyErrors.RuntimeError("invalid SRE code");

    private bool SearchCore()
    {
        int ptr = Start, end = End;
        if (ptr > end) return false;
        var code = Code;
        int pc = 0;
        uint flags = 0;
        int charset = -1;
        uint prefixFirst = 0;
        bool hasPrefix = false;
        if (code[0] == SreOp.INFO)
        {
            // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
            flags = code[2];
            if (code[3] != 0 && (uint)(end - ptr) < code[3]) return false;
            if ((flags & 1) != 0 && code[5] > 0) { hasPrefix = true; prefixFirst = code[7]; }
            else if ((flags & 4) != 0) charset = 5;
            pc = (int)code[1] + 1; // the pattern proper, for the anchor test below
        }
        dataTop = 0;
        if (hasPrefix || charset >= 0)
        {
            // Every match starts with a known character: skip the positions that cannot start one.
            // (CPython's prefix/charset scans; the attempts made are the same, so the result is.)
            MustAdvance = false;
            while (ptr < end)
            {
                int ch = s[ptr];
                if (hasPrefix ? (uint)ch == prefixFirst : InCharset(charset, ch))
                {
                    Start = Ptr = ptr;
                    if (Run(0, false)) return true;
                    Reset();
                }
                ptr++;
            }
            return false;
        }
        int filter = Pattern.SearchFilter;
        if (filter != -1) return SearchFiltered(ptr, end, filter);
        Start = Ptr = ptr;
        bool found = Run(0, true);
        MustAdvance = false;
        if (!found && code[pc] == SreOp.AT && (code[pc + 1] == SreOp.AT_BEGINNING || code[pc + 1] == SreOp.AT_BEGINNING_STRING))
        {
            Start = Ptr = End;
            return false;
        }
        while (!found && ptr < end)
        {
            ptr++;
            Reset();
            Start = Ptr = ptr;
            dataTop = 0;
            found = Run(0, false);
        }
        return found;
    }

    /// <summary>The general search, attempting only where <see cref="SrePattern.SearchFilter"/> allows a
    /// match to start (the attempts skipped would fail at once, so the result is the same; the regex
    /// benchmark's patterns mostly start with a \\d+ or [..]+ repeat or a multiline ^).</summary>
    private bool SearchFiltered(int ptr, int end, int filter)
    {
        bool found = false;
        if (CanStartAt(filter, ptr, end))
        {
            Start = Ptr = ptr;
            found = Run(0, true);
        }
        MustAdvance = false;
        while (!found && ptr < end)
        {
            ptr++;
            if (filter >= 0)
            {
                while (ptr < end && !MatchOne(filter, s[ptr])) ptr++;
                if (ptr == end) break;
            }
            else if (filter == -3)
            {
                while (ptr < end && !MatchesAny(Pattern.SearchBranchItems!, s[ptr])) ptr++;
                if (ptr == end) break;
            }
            else if (!(ptr == 0 || SreChars.IsLinebreak(s[ptr - 1]))) continue;
            Reset();
            Start = Ptr = ptr;
            dataTop = 0;
            found = Run(0, false);
        }
        return found;
    }

    private bool CanStartAt(int filter, int ptr, int end) =>
        filter >= 0 ? ptr < end && MatchOne(filter, s[ptr])
        : filter == -3 ? ptr < end && MatchesAny(Pattern.SearchBranchItems!, s[ptr])
        : ptr == 0 || SreChars.IsLinebreak(s[ptr - 1]);

    private bool MatchesAny(int[] items, int ch)
    {
        foreach (int item in items)
            if (MatchOne(item, ch)) return true;
        return false;
    }

    // --- helpers -------------------------------------------------------------------------------

    private bool At(int ptr, uint at)
    {
        int end = End;
        switch (at)
        {
            case SreOp.AT_BEGINNING:
            case SreOp.AT_BEGINNING_STRING:
                return ptr == 0;
            case SreOp.AT_BEGINNING_LINE:
                return ptr == 0 || SreChars.IsLinebreak(s[ptr - 1]);
            case SreOp.AT_END:
                return (end - ptr == 1 && SreChars.IsLinebreak(s[ptr])) || ptr == end;
            case SreOp.AT_END_LINE:
                // With pos > endpos, ptr can sit at the very end of the text: CPython reads the terminating NUL there.
                return ptr == end || (ptr < Length && SreChars.IsLinebreak(s[ptr]));
            case SreOp.AT_END_STRING:
                return ptr == end;
            case SreOp.AT_BOUNDARY:
            case SreOp.AT_NON_BOUNDARY:
            {
                if (end == 0) return false;
                bool that = ptr > 0 && SreChars.IsAsciiWord(s[ptr - 1]);
                bool @this = ptr < end && SreChars.IsAsciiWord(s[ptr]);
                return at == SreOp.AT_BOUNDARY ? @this != that : @this == that;
            }
            case SreOp.AT_LOC_BOUNDARY:
            case SreOp.AT_LOC_NON_BOUNDARY:
            {
                if (end == 0) return false;
                bool that = ptr > 0 && SreChars.IsLocaleWord(s[ptr - 1]);
                bool @this = ptr < end && SreChars.IsLocaleWord(s[ptr]);
                return at == SreOp.AT_LOC_BOUNDARY ? @this != that : @this == that;
            }
            case SreOp.AT_UNI_BOUNDARY:
            case SreOp.AT_UNI_NON_BOUNDARY:
            {
                if (end == 0) return false;
                bool that = ptr > 0 && SreChars.IsUnicodeWord(s[ptr - 1]);
                bool @this = ptr < end && SreChars.IsUnicodeWord(s[ptr]);
                return at == SreOp.AT_UNI_BOUNDARY ? @this != that : @this == that;
            }
        }
        return false;
    }

    /// <summary>SRE(charset): is ch in the set starting at code[set]? Below 256 a bitmap built on first use
    /// answers (sets of \\d, \\w, [a-z] ... took two thirds of the engine's time walking the set, measured).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool InCharset(int set, int ch)
    {
        if ((uint)ch < 256)
        {
            var bits = Pattern.SetBits(set);
            if (bits.Length != 0) return ((bits[ch >> 6] >> (ch & 63)) & 1) != 0;
        }
        return SreCharset.Contains(Code, set, ch);
    }

    private bool InCharsetLocIgnore(int set, int ch)
    {
        int lo = SreChars.LowerLocale(ch);
        if (InCharset(set, lo)) return true;
        int up = SreChars.UpperLocale(ch);
        return up != lo && InCharset(set, up);
    }

    /// <summary>Does the one-character item at code[pc] match ch? (The items REPEAT_ONE repeats.)</summary>
    private bool MatchOne(int pc, int ch)
    {
        var code = Code;
        switch (code[pc])
        {
            case SreOp.ANY: return !SreChars.IsLinebreak(ch);
            case SreOp.ANY_ALL: return true;
            case SreOp.LITERAL: return (uint)ch == code[pc + 1];
            case SreOp.NOT_LITERAL: return (uint)ch != code[pc + 1];
            case SreOp.LITERAL_IGNORE: return (uint)SreChars.LowerAscii(ch) == code[pc + 1];
            case SreOp.NOT_LITERAL_IGNORE: return (uint)SreChars.LowerAscii(ch) != code[pc + 1];
            case SreOp.LITERAL_UNI_IGNORE: return (uint)SreChars.LowerUnicode(ch) == code[pc + 1];
            case SreOp.NOT_LITERAL_UNI_IGNORE: return (uint)SreChars.LowerUnicode(ch) != code[pc + 1];
            case SreOp.LITERAL_LOC_IGNORE: return SreChars.CharLocIgnore(code[pc + 1], ch);
            case SreOp.NOT_LITERAL_LOC_IGNORE: return !SreChars.CharLocIgnore(code[pc + 1], ch);
            case SreOp.CATEGORY: return SreChars.Category(code[pc + 1], ch);
            case SreOp.IN: return InCharset(pc + 2, ch);
            case SreOp.IN_IGNORE: return InCharset(pc + 2, SreChars.LowerAscii(ch));
            case SreOp.IN_UNI_IGNORE: return InCharset(pc + 2, SreChars.LowerUnicode(ch));
            case SreOp.IN_LOC_IGNORE: return InCharsetLocIgnore(pc + 2, ch);
            default: throw InvalidCode();
        }
    }

    /// <summary>SRE(count): how many times (up to maxcount) the one-character item at code[pc] matches from Ptr.</summary>
    private int Count(int pc, uint maxcount)
    {
        int ptr = Ptr, end = End;
        if (maxcount != SreOp.MAXREPEAT && (long)maxcount < end - ptr) end = ptr + (int)maxcount;
        var code = Code;
        int start = ptr;
        switch (code[pc])
        {
            case SreOp.IN:
                while (ptr < end && InCharset(pc + 2, s[ptr])) ptr++;
                break;
            case SreOp.ANY:
                while (ptr < end && !SreChars.IsLinebreak(s[ptr])) ptr++;
                break;
            case SreOp.ANY_ALL:
                ptr = end;
                break;
            case SreOp.LITERAL:
            {
                uint chr = code[pc + 1];
                while (ptr < end && (uint)s[ptr] == chr) ptr++;
                break;
            }
            case SreOp.NOT_LITERAL:
            {
                uint chr = code[pc + 1];
                while (ptr < end && (uint)s[ptr] != chr) ptr++;
                break;
            }
            default:
                while (ptr < end && MatchOne(pc, s[ptr])) ptr++;
                break;
        }
        return ptr - start;
    }

    private int pushCount;

    private static void CheckSignals()
    {
        // Only Ctrl-C is taken here; the flag stays set so the eval loop still runs other pending calls.
        var ts = Taipan.Runtime.Interpreter.ThreadState.Current;
        if (ts.PendingInterrupt && Signals.TakePending(ts) is { } interrupt) throw new PyException(interrupt);
    }

    private static PyException InvalidCode() => PyErrors.New(PyTypes.RuntimeError, "internal error in regular expression engine");

    private void DataPush(int v)
    {
        if (dataTop == data.Length) Array.Resize(ref data, data.Length * 2);
        data[dataTop++] = v;
    }

    private int DataPop() => data[--dataTop];

    private void MarkPush(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        while (dataTop + n > data.Length) Array.Resize(ref data, data.Length * 2);
        Array.Copy(Marks, 0, data, dataTop, n);
        dataTop += n;
    }

    private void MarkPop(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        dataTop -= n;
        Array.Copy(data, dataTop, Marks, 0, n);
    }

    private void MarkPopKeep(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        Array.Copy(data, dataTop - n, Marks, 0, n);
    }

    private void MarkPopDiscard(int lastmark)
    {
        if (lastmark < 0) return;
        dataTop -= lastmark + 1;
    }

    private void SetMark(int i, int ptr)
    {
        if (i >= Marks.Length)
        {
            int n = Marks.Length;
            while (n <= i) n *= 2;
            Array.Resize(ref Marks, n);
        }
        if (i > LastMark)
        {
            // Marks between the old and new last mark were not reached in this attempt.
            for (int j = LastMark + 1; j < i; j++) Marks[j] = -1;
            LastMark = i;
        }
        Marks[i] = ptr;
    }

    private bool GroupRange(uint group, out int p, out int e)
    {
        long groupref = (long)group * 2;
        p = e = -1;
        if (groupref >= LastMark) return false;
        p = Marks[groupref];
        e = Marks[groupref + 1];
        return p >= 0 && e >= 0 && e >= p;
    }

    // --- the matcher -----------------------------------------------------------------------------

    /// <summary>SRE(match) starting at code[startPc] with the subject position in Ptr.</summary>
    private bool Run(int startPc, bool toplevel)
    {
        var code = Code;
        int end = End;
        int ci = 0;
        ctxs[0] = default;
        ctxs[0].Jump = J_NONE;
        ctxs[0].TopLevel = toplevel;
        int pc = startPc;
        int ptr;
        bool ret = false;
        int cnt;
        uint op;
        byte jump;
        bool nextTop;
        int nextPc;
        SreRepeat? rep;

    entrance:
        ptr = Ptr;
        if (code[pc] == SreOp.INFO)
        {
            // <INFO> <1=skip> <2=flags> <3=min> ...: too little text left cannot match.
            if (code[pc + 3] != 0 && (uint)(end - ptr) < code[pc + 3]) goto failure;
            pc += (int)code[pc + 1] + 1;
        }

    dispatch:
        op = code[pc++];
        switch (op)
        {
            case SreOp.MARK:
            {
                int i = (int)code[pc];
                if ((i & 1) != 0) LastIndex = i / 2 + 1;
                SetMark(i, ptr);
                pc++;
                goto dispatch;
            }
            case SreOp.LITERAL:
                if (ptr >= end || (uint)s[ptr] != code[pc]) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.NOT_LITERAL:
                if (ptr >= end || (uint)s[ptr] == code[pc]) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.SUCCESS:
                if (ctxs[ci].TopLevel && ((MatchAll && ptr != End) || (MustAdvance && ptr == Start))) goto failure;
                Ptr = ptr;
                goto success;
            case SreOp.AT:
                if (!At(ptr, code[pc])) goto failure;
                pc++;
                goto dispatch;
            case SreOp.CATEGORY:
                if (ptr >= end || !SreChars.Category(code[pc], s[ptr])) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.ANY:
                if (ptr >= end || SreChars.IsLinebreak(s[ptr])) goto failure;
                ptr++;
                goto dispatch;
            case SreOp.ANY_ALL:
                if (ptr >= end) goto failure;
                ptr++;
                goto dispatch;
            case SreOp.IN:
                if (ptr >= end || !InCharset(pc + 1, s[ptr])) goto failure;
                pc += (int)code[pc]; ptr++;
                goto dispatch;
            case SreOp.LITERAL_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerAscii(s[ptr]) != code[pc]) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.LITERAL_UNI_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerUnicode(s[ptr]) != code[pc]) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.LITERAL_LOC_IGNORE:
                if (ptr >= end || !SreChars.CharLocIgnore(code[pc], s[ptr])) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.NOT_LITERAL_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerAscii(s[ptr]) == code[pc]) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.NOT_LITERAL_UNI_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerUnicode(s[ptr]) == code[pc]) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.NOT_LITERAL_LOC_IGNORE:
                if (ptr >= end || SreChars.CharLocIgnore(code[pc], s[ptr])) goto failure;
                pc++; ptr++;
                goto dispatch;
            case SreOp.IN_IGNORE:
                if (ptr >= end || !InCharset(pc + 1, SreChars.LowerAscii(s[ptr]))) goto failure;
                pc += (int)code[pc]; ptr++;
                goto dispatch;
            case SreOp.IN_UNI_IGNORE:
                if (ptr >= end || !InCharset(pc + 1, SreChars.LowerUnicode(s[ptr]))) goto failure;
                pc += (int)code[pc]; ptr++;
                goto dispatch;
            case SreOp.IN_LOC_IGNORE:
                if (ptr >= end || !InCharsetLocIgnore(pc + 1, s[ptr])) goto failure;
                pc += (int)code[pc]; ptr++;
                goto dispatch;
            case SreOp.JUMP:
            case SreOp.INFO:
                pc += (int)code[pc];
                goto dispatch;

            case SreOp.BRANCH:
                // <BRANCH> <0=skip> code <JUMP> ... <NULL>
                ctxs[ci].LastMark = LastMark; ctxs[ci].LastIndex = LastIndex;
                if (Repeat is not null) MarkPush(ctxs[ci].LastMark);
                goto branch_loop;

            case SreOp.REPEAT_ONE:
                // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                if ((long)code[pc + 1] > end - ptr) goto failure; // signed: ptr may be past end (pos > endpos)
                Ptr = ptr;
                cnt = Count(pc + 3, code[pc + 2]);
                ctxs[ci].Count = cnt;
                ptr += cnt;
                if ((uint)cnt < code[pc + 1]) goto failure;
                if (code[pc + (int)code[pc]] == SreOp.SUCCESS && ptr == End &&
                    !(ctxs[ci].TopLevel && MustAdvance && ptr == Start))
                {
                    Ptr = ptr;
                    goto success;
                }
                ctxs[ci].LastMark = LastMark; ctxs[ci].LastIndex = LastIndex;
                if (Repeat is not null) MarkPush(ctxs[ci].LastMark);
                if (code[pc + (int)code[pc]] == SreOp.LITERAL)
                {
                    // The tail starts with a literal: only try positions where it is.
                    ctxs[ci].Chr = code[pc + (int)code[pc] + 1];
                    goto repeat_one_literal;
                }
                if (Pattern.IsOneCharItemAt(pc + (int)code[pc]))
                {
                    // The tail starts with another one-character item: the same skipping, by its test.
                    ctxs[ci].Chr = (uint)(pc + (int)code[pc]);
                    goto repeat_one_item;
                }
                goto repeat_one_general;

            case SreOp.MIN_REPEAT_ONE:
                // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                if ((long)code[pc + 1] > end - ptr) goto failure; // signed: ptr may be past end (pos > endpos)
                Ptr = ptr;
                if (code[pc + 1] == 0) ctxs[ci].Count = 0;
                else
                {
                    cnt = Count(pc + 3, code[pc + 1]);
                    if ((uint)cnt < code[pc + 1]) goto failure;
                    ctxs[ci].Count = cnt;
                    ptr += cnt;
                }
                if (code[pc + (int)code[pc]] == SreOp.SUCCESS &&
                    !(ctxs[ci].TopLevel && ((MatchAll && ptr != End) || (MustAdvance && ptr == Start))))
                {
                    Ptr = ptr;
                    goto success;
                }
                ctxs[ci].LastMark = LastMark; ctxs[ci].LastIndex = LastIndex;
                if (Repeat is not null) MarkPush(ctxs[ci].LastMark);
                goto min_repeat_one_loop;

            case SreOp.POSSESSIVE_REPEAT_ONE:
                if ((long)code[pc + 1] > end - ptr) goto failure; // signed: ptr may be past end (pos > endpos)
                Ptr = ptr;
                cnt = Count(pc + 3, code[pc + 2]);
                ctxs[ci].Count = cnt;
                ptr += cnt;
                if ((uint)cnt < code[pc + 1]) goto failure;
                pc += (int)code[pc];
                goto dispatch;

            case SreOp.REPEAT:
                // <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail
                rep = new SreRepeat { Count = -1, Pattern = pc, Prev = Repeat, LastPtr = -1 };
                ctxs[ci].Rep = rep;
                Repeat = rep;
                Ptr = ptr;
                jump = J_REPEAT; nextPc = pc + (int)code[pc]; nextTop = ctxs[ci].TopLevel;
                goto push;

            case SreOp.MAX_UNTIL:
                rep = Repeat ?? throw InvalidCode();
                ctxs[ci].Rep = rep;
                Ptr = ptr;
                ctxs[ci].Count = rep.Count + 1;
                if ((uint)ctxs[ci].Count < code[rep.Pattern + 1])
                {
                    // not enough matches yet
                    rep.Count = ctxs[ci].Count;
                    jump = J_MAX_UNTIL_1; nextPc = rep.Pattern + 3; nextTop = ctxs[ci].TopLevel;
                    goto push;
                }
                if (((uint)ctxs[ci].Count < code[rep.Pattern + 2] || code[rep.Pattern + 2] == SreOp.MAXREPEAT) &&
                    Ptr != rep.LastPtr)
                {
                    // enough matches, but try one more item first
                    rep.Count = ctxs[ci].Count;
                    ctxs[ci].LastMark = LastMark; ctxs[ci].LastIndex = LastIndex;
                    MarkPush(ctxs[ci].LastMark);
                    DataPush(rep.LastPtr);
                    rep.LastPtr = Ptr;
                    jump = J_MAX_UNTIL_2; nextPc = rep.Pattern + 3; nextTop = ctxs[ci].TopLevel;
                    goto push;
                }
                goto max_until_tail;

            case SreOp.MIN_UNTIL:
                rep = Repeat ?? throw InvalidCode();
                ctxs[ci].Rep = rep;
                Ptr = ptr;
                ctxs[ci].Count = rep.Count + 1;
                if ((uint)ctxs[ci].Count < code[rep.Pattern + 1])
                {
                    rep.Count = ctxs[ci].Count;
                    jump = J_MIN_UNTIL_1; nextPc = rep.Pattern + 3; nextTop = ctxs[ci].TopLevel;
                    goto push;
                }
                // see if the tail matches
                Repeat = rep.Prev;
                ctxs[ci].LastMark = LastMark; ctxs[ci].LastIndex = LastIndex;
                if (Repeat is not null) MarkPush(ctxs[ci].LastMark);
                jump = J_MIN_UNTIL_2; nextPc = pc; nextTop = ctxs[ci].TopLevel;
                goto push;

            case SreOp.POSSESSIVE_REPEAT:
                // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
                Ptr = ptr;
                ctxs[ci].Count = 0;
                goto poss_min_loop;

            case SreOp.ATOMIC_GROUP:
                // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                Ptr = ptr;
                jump = J_ATOMIC_GROUP; nextPc = pc + 1; nextTop = false;
                goto push;

            case SreOp.GROUPREF:
            {
                if (!GroupRange(code[pc], out int p, out int e)) goto failure;
                while (p < e)
                {
                    if (ptr >= end || s[ptr] != s[p]) goto failure;
                    p++; ptr++;
                }
                pc++;
                goto dispatch;
            }
            case SreOp.GROUPREF_IGNORE:
            {
                if (!GroupRange(code[pc], out int p, out int e)) goto failure;
                while (p < e)
                {
                    if (ptr >= end || SreChars.LowerAscii(s[ptr]) != SreChars.LowerAscii(s[p])) goto failure;
                    p++; ptr++;
                }
                pc++;
                goto dispatch;
            }
            case SreOp.GROUPREF_UNI_IGNORE:
            {
                if (!GroupRange(code[pc], out int p, out int e)) goto failure;
                while (p < e)
                {
                    if (ptr >= end || SreChars.LowerUnicode(s[ptr]) != SreChars.LowerUnicode(s[p])) goto failure;
                    p++; ptr++;
                }
                pc++;
                goto dispatch;
            }
            case SreOp.GROUPREF_LOC_IGNORE:
            {
                if (!GroupRange(code[pc], out int p, out int e)) goto failure;
                while (p < e)
                {
                    if (ptr >= end || SreChars.LowerLocale(s[ptr]) != SreChars.LowerLocale(s[p])) goto failure;
                    p++; ptr++;
                }
                pc++;
                goto dispatch;
            }
            case SreOp.GROUPREF_EXISTS:
                // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
                if (!GroupRange(code[pc], out _, out _)) { pc += (int)code[pc + 1]; goto dispatch; }
                pc += 2;
                goto dispatch;

            case SreOp.ASSERT:
                // <ASSERT> <skip> <back> <pattern>
                if ((uint)ptr < code[pc + 1]) goto failure;
                Ptr = ptr - (int)code[pc + 1];
                jump = J_ASSERT; nextPc = pc + 2; nextTop = false;
                goto push;

            case SreOp.ASSERT_NOT:
                if ((uint)ptr >= code[pc + 1])
                {
                    Ptr = ptr - (int)code[pc + 1];
                    ctxs[ci].LastMark = LastMark; ctxs[ci].LastIndex = LastIndex;
                    if (Repeat is not null) MarkPush(ctxs[ci].LastMark);
                    jump = J_ASSERT_NOT; nextPc = pc + 2; nextTop = false;
                    goto push;
                }
                pc += (int)code[pc];
                goto dispatch;

            case SreOp.FAILURE:
                goto failure;

            default:
                throw InvalidCode();
        }

    // --- continuations of the operations above (labels in place of CPython's jump_* targets) ---

    branch_loop:
        while (code[pc] != 0)
        {
            uint first = code[pc + 1];
            if (first == SreOp.LITERAL && (ptr >= end || (uint)s[ptr] != code[pc + 2])) { pc += (int)code[pc]; continue; }
            if (first == SreOp.IN && (ptr >= end || !InCharset(pc + 3, s[ptr]))) { pc += (int)code[pc]; continue; }
            Ptr = ptr;
            jump = J_BRANCH; nextPc = pc + 1; nextTop = ctxs[ci].TopLevel;
            goto push;
        }
        if (Repeat is not null) MarkPopDiscard(ctxs[ci].LastMark);
        goto failure;
    jump_branch:
        if (ret)
        {
            if (Repeat is not null) MarkPopDiscard(ctxs[ci].LastMark);
            goto success;
        }
        if (Repeat is not null) MarkPopKeep(ctxs[ci].LastMark);
        LastMark = ctxs[ci].LastMark; LastIndex = ctxs[ci].LastIndex;
        pc += (int)code[pc];
        goto branch_loop;

    repeat_one_literal:
        for (;;)
        {
            uint min = code[pc + 1];
            uint chr = ctxs[ci].Chr;
            while ((uint)ctxs[ci].Count >= min && ctxs[ci].Count >= 0 && (ptr >= end || (uint)s[ptr] != chr))
            {
                ptr--;
                ctxs[ci].Count--;
            }
            if (ctxs[ci].Count < 0 || (uint)ctxs[ci].Count < min) break;
            Ptr = ptr;
            jump = J_REPEAT_ONE_1; nextPc = pc + (int)code[pc]; nextTop = ctxs[ci].TopLevel;
            goto push;
        }
        if (Repeat is not null) MarkPopDiscard(ctxs[ci].LastMark);
        goto failure;
    jump_repeat_one_1:
        if (ret)
        {
            if (Repeat is not null) MarkPopDiscard(ctxs[ci].LastMark);
            goto success;
        }
        if (Repeat is not null) MarkPopKeep(ctxs[ci].LastMark);
        LastMark = ctxs[ci].LastMark; LastIndex = ctxs[ci].LastIndex;
        ptr--;
        ctxs[ci].Count--;
        goto repeat_one_literal;

    repeat_one_item:
        for (;;)
        {
            uint min = code[pc + 1];
            int item = (int)ctxs[ci].Chr;
            while ((uint)ctxs[ci].Count >= min && ctxs[ci].Count >= 0 && (ptr >= end || !MatchOne(item, s[ptr])))
            {
                ptr--;
                ctxs[ci].Count--;
            }
            if (ctxs[ci].Count < 0 || (uint)ctxs[ci].Count < min) break;
            Ptr = ptr;
            jump = J_REPEAT_ONE_3; nextPc = pc + (int)code[pc]; nextTop = ctxs[ci].TopLevel;
            goto push;
        }
        if (Repeat is not null) MarkPopDiscard(ctxs[ci].LastMark);
        goto failure;
    jump_repeat_one_3:
        if (ret)
        {
            if (Repeat is not null) MarkPopDiscard(ctxs[ci].LastMark);
            goto success;
        }
        if (Repeat is not null) MarkPopKeep(ctxs[ci].LastMark);
        LastMark = ctxs[ci].LastMark; LastIndex = ctxs[ci].LastIndex;
        ptr--;
        ctxs[ci].Count--;
        goto repeat_one_item;

    repeat_one_general:
        if (ctxs[ci].Count >= 0 && (uint)ctxs[ci].Count >= code[pc + 1])
        {
            Ptr = ptr;
            jump = J_REPEAT_ONE_2; nextPc = pc + (int)code[pc]; nextTop = ctxs[ci].TopLevel;
            goto push;
        }
        if (Repeat is not null) MarkPopDiscard(ctxs[ci].LastMark);
        goto failure;
    jump_repeat_one_2:
        if (ret)
        {
            if (Repeat is not null) MarkPopDiscard(ctxs[ci].LastMark);
            goto success;
        }
        if (Repeat is not null) MarkPopKeep(ctxs[ci].LastMark);
        LastMark = ctxs[ci].LastMark; LastIndex = ctxs[ci].LastIndex;
        ptr--;
        ctxs[ci].Count--;
        goto repeat_one_general;

    min_repeat_one_loop:
        if (code[pc + 2] == SreOp.MAXREPEAT || (uint)ctxs[ci].Count <= code[pc + 2])
        {
            Ptr = ptr;
            jump = J_MIN_REPEAT_ONE; nextPc = pc + (int)code[pc]; nextTop = ctxs[ci].TopLevel;
            goto push;
        }
        if (Repeat is not null) MarkPopDiscard(ctxs[ci].LastMark);
        goto failure;
    jump_min_repeat_one:
        if (ret)
        {
            if (Repeat is not null) MarkPopDiscard(ctxs[ci].LastMark);
            goto success;
        }
        if (Repeat is not null) MarkPopKeep(ctxs[ci].LastMark);
        LastMark = ctxs[ci].LastMark; LastIndex = ctxs[ci].LastIndex;
        Ptr = ptr;
        if (Count(pc + 3, 1) == 0)
        {
            if (Repeat is not null) MarkPopDiscard(ctxs[ci].LastMark);
            goto failure;
        }
        ptr++;
        ctxs[ci].Count++;
        goto min_repeat_one_loop;

    jump_repeat:
        Repeat = ctxs[ci].Rep!.Prev;
        if (ret) goto success;
        goto failure;

    jump_max_until_1:
    jump_min_until_1:
        if (ret) goto success;
        ctxs[ci].Rep!.Count = ctxs[ci].Count - 1;
        Ptr = ptr;
        goto failure;

    jump_max_until_2:
        rep = ctxs[ci].Rep!;
        rep.LastPtr = DataPop();
        if (ret)
        {
            MarkPopDiscard(ctxs[ci].LastMark);
            goto success;
        }
        MarkPop(ctxs[ci].LastMark);
        LastMark = ctxs[ci].LastMark; LastIndex = ctxs[ci].LastIndex;
        rep.Count = ctxs[ci].Count - 1;
        Ptr = ptr;
        goto max_until_tail;

    max_until_tail:
        // cannot match more repeated items here; make sure the tail matches
        Repeat = ctxs[ci].Rep!.Prev;
        jump = J_MAX_UNTIL_3; nextPc = pc; nextTop = ctxs[ci].TopLevel;
        goto push;
    jump_max_until_3:
        Repeat = ctxs[ci].Rep;
        if (ret) goto success;
        Ptr = ptr;
        goto failure;

    jump_min_until_2:
    {
        var repeatOfTail = Repeat;
        rep = ctxs[ci].Rep!;
        Repeat = rep;
        if (ret)
        {
            if (repeatOfTail is not null) MarkPopDiscard(ctxs[ci].LastMark);
            goto success;
        }
        if (repeatOfTail is not null) MarkPop(ctxs[ci].LastMark);
        LastMark = ctxs[ci].LastMark; LastIndex = ctxs[ci].LastIndex;
        Ptr = ptr;
        if (((uint)ctxs[ci].Count >= code[rep.Pattern + 2] && code[rep.Pattern + 2] != SreOp.MAXREPEAT) || Ptr == rep.LastPtr)
            goto failure;
        rep.Count = ctxs[ci].Count;
        DataPush(rep.LastPtr);
        rep.LastPtr = Ptr;
        jump = J_MIN_UNTIL_3; nextPc = rep.Pattern + 3; nextTop = ctxs[ci].TopLevel;
        goto push;
    }
    jump_min_until_3:
        rep = ctxs[ci].Rep!;
        rep.LastPtr = DataPop();
        if (ret) goto success;
        rep.Count = ctxs[ci].Count - 1;
        Ptr = ptr;
        goto failure;

    poss_min_loop:
        if ((uint)ctxs[ci].Count < code[pc + 1])
        {
            jump = J_POSS_REPEAT_1; nextPc = pc + 3; nextTop = false;
            goto push;
        }
        // ptr now remembers where the previous iteration started (-1: none yet)
        ptr = -1;
        goto poss_loop;
    jump_poss_repeat_1:
        if (ret)
        {
            ctxs[ci].Count++;
            goto poss_min_loop;
        }
        Ptr = ptr;
        goto failure;
    poss_loop:
        if (((uint)ctxs[ci].Count < code[pc + 2] || code[pc + 2] == SreOp.MAXREPEAT) && Ptr != ptr)
        {
            ctxs[ci].LastMark = LastMark; ctxs[ci].LastIndex = LastIndex;
            MarkPush(ctxs[ci].LastMark);
            ptr = Ptr;
            jump = J_POSS_REPEAT_2; nextPc = pc + 3; nextTop = false;
            goto push;
        }
        goto poss_tail;
    jump_poss_repeat_2:
        if (ret)
        {
            MarkPopDiscard(ctxs[ci].LastMark);
            ctxs[ci].Count++;
            goto poss_loop;
        }
        MarkPop(ctxs[ci].LastMark);
        LastMark = ctxs[ci].LastMark; LastIndex = ctxs[ci].LastIndex;
        Ptr = ptr;
        goto poss_tail;
    poss_tail:
        pc += (int)code[pc] + 1;
        ptr = Ptr;
        goto dispatch;

    jump_atomic_group:
        if (!ret)
        {
            Ptr = ptr;
            goto failure;
        }
        pc += (int)code[pc];
        ptr = Ptr;
        goto dispatch;

    jump_assert:
        if (!ret) goto failure;
        pc += (int)code[pc];
        goto dispatch;

    jump_assert_not:
        if (ret)
        {
            if (Repeat is not null) MarkPopDiscard(ctxs[ci].LastMark);
            goto failure;
        }
        if (Repeat is not null) MarkPop(ctxs[ci].LastMark);
        LastMark = ctxs[ci].LastMark; LastIndex = ctxs[ci].LastIndex;
        pc += (int)code[pc];
        goto dispatch;

    // --- calls and returns on the context stack ---

    push:
        // Catastrophic backtracking can run for minutes: let Ctrl-C through now and then (CPython: every 4096 calls).
        if ((++pushCount & 4095) == 0) CheckSignals();
        ctxs[ci].Pattern = pc;
        ctxs[ci].Ptr = ptr;
        if (++ci == ctxs.Length) Array.Resize(ref ctxs, ctxs.Length * 2);
        ctxs[ci] = default;
        ctxs[ci].Jump = jump;
        ctxs[ci].TopLevel = nextTop;
        pc = nextPc;
        goto entrance;

    success:
        ret = true;
        goto exit;
    failure:
        ret = false;
    exit:
        jump = ctxs[ci].Jump;
        ctxs[ci].Rep = null;
        if (ci == 0) return ret;
        ci--;
        pc = ctxs[ci].Pattern;
        ptr = ctxs[ci].Ptr;
        switch (jump)
        {
            case J_BRANCH: goto jump_branch;
            case J_REPEAT_ONE_1: goto jump_repeat_one_1;
            case J_REPEAT_ONE_2: goto jump_repeat_one_2;
            case J_REPEAT_ONE_3: goto jump_repeat_one_3;
            case J_MIN_REPEAT_ONE: goto jump_min_repeat_one;
            case J_REPEAT: goto jump_repeat;
            case J_MAX_UNTIL_1: goto jump_max_until_1;
            case J_MAX_UNTIL_2: goto jump_max_until_2;
            case J_MAX_UNTIL_3: goto jump_max_until_3;
            case J_MIN_UNTIL_1: goto jump_min_until_1;
            case J_MIN_UNTIL_2: goto jump_min_until_2;
            case J_MIN_UNTIL_3: goto jump_min_until_3;
            case J_POSS_REPEAT_1: goto jump_poss_repeat_1;
            case J_POSS_REPEAT_2: goto jump_poss_repeat_2;
            case J_ATOMIC_GROUP: goto jump_atomic_group;
            case J_ASSERT: goto jump_assert;
            case J_ASSERT_NOT: goto jump_assert_not;
            default: throw InvalidCode();
        }
    }
}
