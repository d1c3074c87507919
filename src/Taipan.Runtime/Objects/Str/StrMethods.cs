using System.Text;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>The Python methods of str (unicodeobject.c's method table), except formatting
/// (str.format, format_map and % live with the formatting code). Indices are code points;
/// searches run on the UTF-16 text and map offsets back only for astral strings.</summary>
internal sealed partial class PyStr
{
    /// <summary>The code point index of a UTF-16 offset (identity unless the string has astral characters).</summary>
    public int CodePointIndex(int utf16)
    {
        if (!HasAstral) return utf16;
        if (utf16 >= Value.Length) return Length;
        var table = Offsets();
        int k = Array.BinarySearch(table, utf16);
        return k >= 0 ? k : ~k;
    }

    private static PyStr ArgStr(PyObject o, string message) =>
        o as PyStr ?? throw PyErrors.TypeError(message + o.type.Name);

    // --- case ---------------------------------------------------------------------------------

    [PyMethod] internal PyStr upper() => CaseMapping.Upper(this);
    [PyMethod] internal PyStr lower() => CaseMapping.Lower(this);
    [PyMethod] internal PyStr casefold() => CaseMapping.Casefold(this);
    [PyMethod] internal PyStr title() => CaseMapping.Title(this);
    [PyMethod] internal PyStr capitalize() => CaseMapping.Capitalize(this);
    [PyMethod] internal PyStr swapcase() => CaseMapping.SwapCase(this);

    // --- predicates ---------------------------------------------------------------------------

    private bool All(int[] ranges)
    {
        if (Length == 0) return false;
        for (int i = 0; i < Length; i++) if (!CaseMapping.In(ranges, CodePointAt(i))) return false;
        return true;
    }

    // ASCII: the digits are the only decimal, digit and numeric characters
    [PyMethod] internal bool isalpha() => IsAscii ? Length > 0 && AsciiClass.All(Value, AsciiClass.Alpha) : All(UnicodeProps.Alpha);
    [PyMethod] internal bool isdecimal() => IsAscii ? Length > 0 && AsciiClass.All(Value, AsciiClass.Digit) : All(UnicodeProps.Decimal);
    [PyMethod] internal bool isdigit() => IsAscii ? Length > 0 && AsciiClass.All(Value, AsciiClass.Digit) : All(UnicodeProps.Digit);
    [PyMethod] internal bool isnumeric() => IsAscii ? Length > 0 && AsciiClass.All(Value, AsciiClass.Digit) : All(UnicodeProps.Numeric);
    [PyMethod] internal bool isascii() => MaxCodePoint < 128;

    [PyMethod]
    internal bool isspace()
    {
        if (Length == 0) return false;
        foreach (var c in Value) if (!IsPythonWhitespace(c)) return false;
        return true;
    }

    [PyMethod]
    internal bool isalnum()
    {
        if (Length == 0) return false;
        if (IsAscii) return AsciiClass.All(Value, AsciiClass.Alnum);
        for (int i = 0; i < Length; i++)
        {
            int c = CodePointAt(i);
            if (!CaseMapping.In(UnicodeProps.Alpha, c) && !CaseMapping.In(UnicodeProps.Decimal, c)
                && !CaseMapping.In(UnicodeProps.Digit, c) && !CaseMapping.In(UnicodeProps.Numeric, c)) return false;
        }
        return true;
    }

    [PyMethod]
    internal bool islower()
    {
        if (IsAscii) return AsciiClass.Cased(Value, AsciiClass.Lower, AsciiClass.Upper);
        bool cased = false;
        for (int i = 0; i < Length; i++)
        {
            int c = CodePointAt(i);
            if (CaseMapping.IsUpperChar(c) || CaseMapping.IsTitleChar(c)) return false;
            if (CaseMapping.IsLowerChar(c)) cased = true;
        }
        return cased;
    }

    [PyMethod]
    internal bool isupper()
    {
        if (IsAscii) return AsciiClass.Cased(Value, AsciiClass.Upper, AsciiClass.Lower);
        bool cased = false;
        for (int i = 0; i < Length; i++)
        {
            int c = CodePointAt(i);
            if (CaseMapping.IsLowerChar(c) || CaseMapping.IsTitleChar(c)) return false;
            if (CaseMapping.IsUpperChar(c)) cased = true;
        }
        return cased;
    }

    [PyMethod]
    internal bool istitle()
    {
        bool cased = false, previousCased = false;
        for (int i = 0; i < Length; i++)
        {
            int c = CodePointAt(i);
            if (CaseMapping.IsUpperChar(c) || CaseMapping.IsTitleChar(c))
            {
                if (previousCased) return false;
                previousCased = cased = true;
            }
            else if (CaseMapping.IsLowerChar(c))
            {
                if (!previousCased) return false;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }

    [PyMethod]
    internal bool isprintable()
    {
        for (int i = 0; i < Length; i++) if (!IsPrintable(CodePointAt(i))) return false;
        return true;
    }

    [PyMethod]
    internal bool isidentifier()
    {
        if (Length == 0) return false;
        int first = CodePointAt(0);
        if (first != '_' && !Taipan.Compiler.Lexing.UnicodeTables.IsXidStart(first)) return false;
        for (int i = 1; i < Length; i++)
            if (!Taipan.Compiler.Lexing.UnicodeTables.IsXidContinue(CodePointAt(i))) return false;
        return true;
    }

    // --- searching ----------------------------------------------------------------------------

    /// <summary>METH_VARARGS parsing of (sub[, start[, end]]) with stringlib's messages.</summary>
    private static void SubArgs(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, out PyObject sub, out PyObject? start, out PyObject? end)
    {
        if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError($"{name}() takes no keyword arguments");
        if (args.Length < 1) throw PyErrors.TypeError($"{name}() takes at least 1 argument (0 given)");
        if (args.Length > 3) throw PyErrors.TypeError($"{name}() takes at most 3 arguments ({args.Length} given)");
        sub = args[0];
        start = args.Length > 1 ? args[1] : null;
        end = args.Length > 2 ? args[2] : null;
    }

    /// <summary>The code-point window [a, b) of optional start/end; false when start is past the end.</summary>
    private bool Window(PyObject? start, PyObject? end, out int a, out int b)
    {
        long la = BytesOps.SliceIndex(start, 0), lb = BytesOps.SliceIndex(end, long.MaxValue);
        BytesOps.AdjustIndices(ref la, ref lb, Length);
        a = (int)Math.Min(la, Length);
        b = (int)Math.Max(Math.Min(lb, Length), 0);
        return la <= Length;
    }

    private long Find(PyObject subObj, PyObject? start, PyObject? end, bool reverse)
    {
        var sub = ArgStr(subObj, "must be str, not ");
        if (!Window(start, end, out int a, out int b)) return -1;
        if (b - a < sub.Length) return -1;
        if (sub.Length == 0) return reverse ? b : a;
        int ua = Utf16Offset(a), ub = Utf16Offset(b);
        int k = reverse
            ? Value.LastIndexOf(sub.Value, ub - 1, ub - ua, StringComparison.Ordinal)
            : Value.IndexOf(sub.Value, ua, ub - ua, StringComparison.Ordinal);
        return k < 0 ? -1 : CodePointIndex(k);
    }

    [PyMethod]
    internal long find(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        // s.find(sub): the common form, without the window arithmetic.
        if (args.Length == 1 && kwnames is null && args[0] is PyStr { Length: > 0 } q)
        {
            int k = q.Value.Length == 1 ? Value.IndexOf(q.Value[0]) : Value.IndexOf(q.Value, StringComparison.Ordinal);
            return k < 0 ? -1 : CodePointIndex(k);
        }
        SubArgs(args, kwnames, "find", out var sub, out var start, out var end);
        return Find(sub, start, end, false);
    }

    [PyMethod]
    internal long rfind(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        SubArgs(args, kwnames, "rfind", out var sub, out var start, out var end);
        return Find(sub, start, end, true);
    }

    [PyMethod]
    internal long index(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        SubArgs(args, kwnames, "index", out var sub, out var start, out var end);
        long r = Find(sub, start, end, false);
        return r >= 0 ? r : throw PyErrors.ValueError("substring not found");
    }

    [PyMethod]
    internal long rindex(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        SubArgs(args, kwnames, "rindex", out var sub, out var start, out var end);
        long r = Find(sub, start, end, true);
        return r >= 0 ? r : throw PyErrors.ValueError("substring not found");
    }

    [PyMethod]
    internal long count(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        SubArgs(args, kwnames, "count", out var subObj, out var start, out var end);
        var sub = ArgStr(subObj, "must be str, not ");
        if (!Window(start, end, out int a, out int b)) return 0;
        if (b < a) return 0;
        if (sub.Length == 0) return b - a + 1;
        int ua = Utf16Offset(a), ub = Utf16Offset(b);
        if (sub.Value.Length == 1) return Value.AsSpan(ua, ub - ua).Count(sub.Value[0]);
        long n = 0;
        int pos = ua;
        while (pos <= ub - sub.Value.Length)
        {
            int k = Value.IndexOf(sub.Value, pos, ub - pos, StringComparison.Ordinal);
            if (k < 0) break;
            n++;
            pos = k + sub.Value.Length;
        }
        return n;
    }

    private bool StartsEnds(ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool ends)
    {
        // One str argument and no window: a UTF-16 comparison is the code point one unless this
        // string has surrogate pairs (a lone surrogate prefix must not match half of a pair).
        if (args.Length == 1 && kwnames is null && args[0] is PyStr p1 && !HasAstral)
            return ends ? Value.EndsWith(p1.Value, StringComparison.Ordinal) : Value.StartsWith(p1.Value, StringComparison.Ordinal);
        string name = ends ? "endswith" : "startswith";
        SubArgs(args, kwnames, name, out var prefix, out var start, out var end);
        bool inWindow = Window(start, end, out int a, out int b);
        if (prefix is PyTuple t)
        {
            for (int i = 0; i < t.Count; i++)
            {
                if (t[i] is not PyStr q) throw PyErrors.TypeError($"tuple for {name} must only contain str, not {t[i].type.Name}");
                if (inWindow && Matches(q, a, b, ends)) return true;
            }
            return false;
        }
        if (prefix is not PyStr p) throw PyErrors.TypeError($"{name} first arg must be str or a tuple of str, not {prefix.type.Name}");
        return inWindow && Matches(p, a, b, ends);
    }

    private bool Matches(PyStr p, int a, int b, bool ends)
    {
        if (b - a < p.Length) return false;
        if (p.Length == 0) return true;
        // The code points [start, stop) facing p must have p's UTF-16 width too: a lone surrogate
        // in p never matches half of an astral character.
        int start = Utf16Offset(ends ? b - p.Length : a), stop = Utf16Offset(ends ? b : a + p.Length);
        return stop - start == p.Value.Length && string.CompareOrdinal(Value, start, p.Value, 0, p.Value.Length) == 0;
    }

    [PyMethod] internal bool startswith(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => StartsEnds(args, kwnames, false);
    [PyMethod] internal bool endswith(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => StartsEnds(args, kwnames, true);

    // --- splitting ----------------------------------------------------------------------------

    [PyMethod(PosOnly = 0)]
    internal PyList split(PyObject? sep = null, long maxsplit = -1)
    {
        var result = new PyList();
        if (maxsplit < 0) maxsplit = long.MaxValue;
        if (sep is null || sep == PyNone.Instance)
        {
            var v = Value;
            int i = 0, n = v.Length;
            while (true)
            {
                while (i < n && IsPythonWhitespace(v[i])) i++;
                if (i >= n) break;
                if (maxsplit-- == 0)
                {
                    result.Append(Slice16(i, n));
                    break;
                }
                int j = i;
                while (j < n && !IsPythonWhitespace(v[j])) j++;
                result.Append(Slice16(i, j));
                i = j;
            }
            return result;
        }
        var s = ArgStr(sep, "must be str or None, not ");
        if (s.Value.Length == 0) throw PyErrors.ValueError("empty separator");
        int pos = 0;
        bool oneChar = s.Value.Length == 1;
        char c0 = s.Value[0];
        while (maxsplit-- > 0)
        {
            int k = oneChar ? Value.IndexOf(c0, pos) : Value.IndexOf(s.Value, pos, StringComparison.Ordinal);
            if (k < 0) break;
            result.Append(Slice16(pos, k));
            pos = k + s.Value.Length;
        }
        result.Append(pos == 0 && type == PyTypes.Str ? this : Slice16(pos, Value.Length));
        return result;
    }

    [PyMethod(PosOnly = 0)]
    internal PyList rsplit(PyObject? sep = null, long maxsplit = -1)
    {
        var parts = new List<PyObject>();
        if (maxsplit < 0) maxsplit = long.MaxValue;
        if (sep is null || sep == PyNone.Instance)
        {
            int i = Value.Length;
            while (true)
            {
                while (i > 0 && IsPythonWhitespace(Value[i - 1])) i--;
                if (i <= 0) break;
                if (maxsplit-- == 0)
                {
                    parts.Add(Slice16(0, i));
                    break;
                }
                int j = i;
                while (j > 0 && !IsPythonWhitespace(Value[j - 1])) j--;
                parts.Add(Slice16(j, i));
                i = j;
            }
        }
        else
        {
            var s = ArgStr(sep, "must be str or None, not ");
            if (s.Value.Length == 0) throw PyErrors.ValueError("empty separator");
            int end = Value.Length;
            while (maxsplit-- > 0 && end > 0)
            {
                int k = Value.LastIndexOf(s.Value, end - 1, end, StringComparison.Ordinal);
                if (k < 0) break;
                parts.Add(Slice16(k + s.Value.Length, end));
                end = k;
            }
            parts.Add(end == Value.Length && type == PyTypes.Str ? this : Slice16(0, end));
        }
        var result = new PyList();
        for (int i = parts.Count - 1; i >= 0; i--) result.Append(parts[i]);
        return result;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    [PyMethod(PosOnly = 0)]
    internal PyList splitlines(bool keepends = false)
    {
        var result = new PyList();
        int i = 0, n = Value.Length;
        while (i < n)
        {
            int j = i;
            while (j < n && !IsLineBreak(Value[j])) j++;
            int eol = j;
            if (j < n)
            {
                j += Value[j] == '\r' && j + 1 < n && Value[j + 1] == '\n' ? 2 : 1;
                if (keepends) eol = j;
            }
            result.Append(Slice16(i, eol));
            i = j;
        }
        return result;
    }

    private PyTuple Partition(PyObject sepObj, bool reverse)
    {
        var sep = ArgStr(sepObj, "must be str, not ");
        if (sep.Value.Length == 0) throw PyErrors.ValueError("empty separator");
        int k = reverse ? Value.LastIndexOf(sep.Value, StringComparison.Ordinal) : Value.IndexOf(sep.Value, StringComparison.Ordinal);
        if (k < 0) return reverse ? PyTuple.Of(Empty, Empty, this) : PyTuple.Of(this, Empty, Empty);
        return PyTuple.Of(Slice16(0, k), sep, Slice16(k + sep.Value.Length, Value.Length));
    }

    [PyMethod] internal PyTuple partition(PyObject sep) => Partition(sep, false);
    [PyMethod] internal PyTuple rpartition(PyObject sep) => Partition(sep, true);

    // --- stripping ---------------------------------------------------------------------------

    private PyStr Strip(PyObject? chars, int which)
    {
        if (chars is null || chars == PyNone.Instance)
        {
            var v = Value;
            int a = 0, b = v.Length;
            if ((which & 1) != 0) while (a < b && IsPythonWhitespace(v[a])) a++;
            if ((which & 2) != 0) while (b > a && IsPythonWhitespace(v[b - 1])) b--;
            return a == 0 && b == v.Length && type == PyTypes.Str ? this : Slice16(a, b);
        }
        if (chars is not PyStr set)
            throw PyErrors.TypeError($"{(which == 3 ? "strip" : which == 1 ? "lstrip" : "rstrip")} arg must be None or str");
        var cps = TextCodecs.CodePoints(this);
        var members = new HashSet<int>(TextCodecs.CodePoints(set));
        int i = 0, j = cps.Length;
        if ((which & 1) != 0) while (i < j && members.Contains(cps[i])) i++;
        if ((which & 2) != 0) while (j > i && members.Contains(cps[j - 1])) j--;
        return Substring(i, j);
    }

    [PyMethod] internal PyStr strip(PyObject? chars = null) => Strip(chars, 3);
    [PyMethod] internal PyStr lstrip(PyObject? chars = null) => Strip(chars, 1);
    [PyMethod] internal PyStr rstrip(PyObject? chars = null) => Strip(chars, 2);

    [PyMethod]
    internal PyStr removeprefix(PyObject prefix)
    {
        var p = ArgStr(prefix, "removeprefix() argument must be str, not ");
        return Value.StartsWith(p.Value, StringComparison.Ordinal) && p.Value.Length > 0 ? Slice16(p.Value.Length, Value.Length) : Exact();
    }

    [PyMethod]
    internal PyStr removesuffix(PyObject suffix)
    {
        var p = ArgStr(suffix, "removesuffix() argument must be str, not ");
        return Value.EndsWith(p.Value, StringComparison.Ordinal) && p.Value.Length > 0 ? Slice16(0, Value.Length - p.Value.Length) : Exact();
    }

    private PyStr Exact() => type == PyTypes.Str ? this : FromString(Value);

    // --- building -------------------------------------------------------------------------------

    [PyMethod]
    internal PyStr join(PyObject iterable)
    {
        // One exact str is returned as is, as CPython does (json.dumps joins a one-chunk list of the
        // whole document: copying and rescanning it showed in the json benchmark).
        if (iterable is PyList { Count: 1 } one && one[0].type == PyTypes.Str) return (PyStr)one[0];
        if (iterable is PyTuple { Items.Length: 1 } t1 && t1.Items[0].type == PyTypes.Str) return (PyStr)t1.Items[0];
        var parts = new JoinedText(this);
        if (iterable is PyList { Strategy: ListStrategy.Str } strs)
        {
            // str strategy: every item is an exact str, no per-item checks.
            for (int k = 0; k < strs.Count; k++) parts.Add((PyStr)strs.Objects![k], k);
            return parts.ToPyStr();
        }
        var it = PyOps.TryGetIter(iterable) ?? throw PyErrors.TypeError("can only join an iterable");
        int i = 0;
        PyObject? item;
        while ((item = PyOps.Next(it)) is not null)
        {
            if (item is not PyStr s)
                throw PyErrors.TypeError($"sequence item {i}: expected str instance, {item.type.Name} found");
            parts.Add(s, i);
            i++;
        }
        return parts.ToPyStr();
    }

    /// <summary>join's output with its PEP 393 metadata tracked from the parts, so the result is not
    /// scanned again (unless surrogates could pair up across a seam).</summary>
    private struct JoinedText
    {
        private readonly PyStr separator;
        private readonly StringBuilder sb;
        private long length;
        private int max;
        private bool astral;

        public JoinedText(PyStr separator)
        {
            this.separator = separator;
            sb = new StringBuilder();
            length = 0;
            max = 0;
            astral = false;
        }

        public void Add(PyStr s, int index)
        {
            if (index > 0) Append(separator);
            Append(s);
        }

        private void Append(PyStr s)
        {
            sb.Append(s.Value);
            length += s.Length;
            if (s.MaxCodePoint > max) max = s.MaxCodePoint;
            astral |= s.HasAstral;
        }

        public PyStr ToPyStr()
        {
            var text = sb.ToString();
            return max >= 0xD800 ? FromString(text) : FromTrusted(text, (int)length, max, astral);
        }
    }

    [PyMethod]
    internal PyStr replace(string old, string @new, long count = -1)
    {
        if (count < 0 && old.Length > 0)
        {
            var r = Value.Replace(old, @new, StringComparison.Ordinal);
            if (ReferenceEquals(r, Value)) return Exact();
            // ASCII in, ASCII replacement: ASCII out, no rescan of the (often large) result.
            return IsAscii && Ascii.IsValid(@new) ? new PyStr(r, r.Length, 127, false) : FromString(r);
        }
        if (count < 0) return FromString(ReplaceEmpty(@new, long.MaxValue));
        if (old.Length == 0) return FromString(ReplaceEmpty(@new, count));
        var sb = new StringBuilder();
        int pos = 0;
        while (count-- > 0)
        {
            int k = Value.IndexOf(old, pos, StringComparison.Ordinal);
            if (k < 0) break;
            sb.Append(Value, pos, k - pos).Append(@new);
            pos = k + old.Length;
        }
        sb.Append(Value, pos, Value.Length - pos);
        return FromString(sb.ToString());
    }

    private string ReplaceEmpty(string insert, long count)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < Length; i++)
        {
            if (count-- > 0) sb.Append(insert);
            int a = Utf16Offset(i), b = Utf16Offset(i + 1);
            sb.Append(Value, a, b - a);
        }
        if (count > 0) sb.Append(insert);
        return sb.ToString();
    }

    private static string FillChar(PyObject? fillchar)
    {
        if (fillchar is null) return " ";
        if (fillchar is not PyStr f) throw PyErrors.TypeError($"The fill character must be a unicode character, not {fillchar.type.Name}");
        if (f.Length != 1) throw PyErrors.TypeError("The fill character must be exactly one character long");
        return f.Value;
    }

    private PyStr Pad(long left, long right, string fill)
    {
        if (left <= 0 && right <= 0) return Exact();
        var sb = new StringBuilder((int)(Value.Length + (left + right) * fill.Length));
        for (long i = 0; i < left; i++) sb.Append(fill);
        sb.Append(Value);
        for (long i = 0; i < right; i++) sb.Append(fill);
        return FromString(sb.ToString());
    }

    [PyMethod]
    internal PyStr center(long width, PyObject? fillchar = null)
    {
        var fill = FillChar(fillchar);
        if (width <= Length) return Exact();
        long marg = width - Length;
        long left = marg / 2 + (marg & width & 1);
        return Pad(left, marg - left, fill);
    }

    [PyMethod]
    internal PyStr ljust(long width, PyObject? fillchar = null)
    {
        var fill = FillChar(fillchar);
        return Pad(0, width - Length, fill);
    }

    [PyMethod]
    internal PyStr rjust(long width, PyObject? fillchar = null)
    {
        var fill = FillChar(fillchar);
        return Pad(width - Length, 0, fill);
    }

    [PyMethod]
    internal PyStr zfill(long width)
    {
        if (width <= Length) return Exact();
        long fill = width - Length;
        var sb = new StringBuilder((int)width);
        int start = 0;
        if (Value.Length > 0 && (Value[0] == '+' || Value[0] == '-'))
        {
            sb.Append(Value[0]);
            start = 1;
        }
        sb.Append('0', (int)fill).Append(Value, start, Value.Length - start);
        return FromString(sb.ToString());
    }

    [PyMethod(PosOnly = 0)]
    internal PyStr expandtabs(long tabsize = 8)
    {
        var sb = new StringBuilder(Value.Length);
        long col = 0;
        for (int i = 0; i < Value.Length; i++)
        {
            char c = Value[i];
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    long spaces = tabsize - col % tabsize;
                    sb.Append(' ', (int)spaces);
                    col += spaces;
                }
            }
            else
            {
                sb.Append(c);
                if (c == '\n' || c == '\r') col = 0;
                else if (!char.IsLowSurrogate(c) || i == 0 || !char.IsHighSurrogate(Value[i - 1])) col++;
            }
        }
        return FromString(sb.ToString());
    }

    // --- translate -----------------------------------------------------------------------------

    [PyMethod]
    internal PyStr translate(PyObject table)
    {
        var sb = new StringBuilder(Value.Length);
        var cps = TextCodecs.CodePoints(this);
        foreach (int c in cps)
        {
            PyObject? v;
            try
            {
                v = table is PyDict d && d.type == PyTypes.Dict ? d.GetItemOrNull(PyInt.FromLong(c)) : PyOps.GetItem(table, PyInt.FromLong(c));
            }
            catch (PyException e) when (e.Matches(PyTypes.LookupError)) { v = null; }
            if (v is null) TextCodecs.AppendCodePoint(sb, c);
            else if (v == PyNone.Instance) { }
            else if (v is PyInt iv)
            {
                if (!iv.IsSmall || iv.Small < 0 || iv.Small > 0x10FFFF) throw PyErrors.ValueError("character mapping must be in range(0x110000)");
                TextCodecs.AppendCodePoint(sb, (int)iv.Small);
            }
            else if (v is PyStr vs) sb.Append(vs.Value);
            else throw PyErrors.TypeError("character mapping must return integer, None or str");
        }
        return FromString(sb.ToString());
    }

    private static PyObject MakeTrans(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ArgParser.CheckPositional(args, kwnames, "maketrans", 1, 3);
        var result = new PyDict();
        if (args.Length == 1)
        {
            if (args[0] is not PyDict d) throw PyErrors.TypeError("if you give only one argument to maketrans it must be a dict");
            int pos = 0;
            while (d.Next(ref pos, out var key, out var value))
            {
                if (key is PyStr ks)
                {
                    if (ks.Length != 1) throw PyErrors.ValueError("string keys in translate table must be of length 1");
                    result.SetItem(PyInt.FromLong(ks.CodePointAt(0)), value);
                }
                else if (key is PyInt) result.SetItem(key, value);
                else throw PyErrors.TypeError("keys in translate table must be strings or integers");
            }
            return result;
        }
        var x = args[0] as PyStr ?? throw ArgParser.BadArgument("maketrans", "argument 1", "str", args[0]);
        var y = args[1] as PyStr ?? throw ArgParser.BadArgument("maketrans", "argument 2", "str", args[1]);
        if (x.Length != y.Length) throw PyErrors.ValueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < x.Length; i++) result.SetItem(PyInt.FromLong(x.CodePointAt(i)), PyInt.FromLong(y.CodePointAt(i)));
        if (args.Length == 3)
        {
            var z = args[2] as PyStr ?? throw ArgParser.BadArgument("maketrans", "argument 3", "str", args[2]);
            for (int i = 0; i < z.Length; i++) result.SetItem(PyInt.FromLong(z.CodePointAt(i)), PyNone.Instance);
        }
        return result;
    }

    // --- codecs and misc ---------------------------------------------------------------------------

    [PyMethod(PosOnly = 0)]
    internal PyBytes encode(string encoding = "utf-8", string errors = "strict") => PyBytes.From(Codecs.Encode(this, encoding, errors));

    [PyMethod] internal PyTuple __getnewargs__() => PyTuple.Of(FromString(Value));

    [PyMethod] internal long __sizeof__() => 49 + (MaxCodePoint < 128 ? Length + 1 : MaxCodePoint < 256 ? 24 + Length + 1 : MaxCodePoint < 0x10000 ? 24 + 2 * (Length + 1) : 24 + 4 * (Length + 1));

    internal static void InstallExtraMethods(PyType t) =>
        t.Dict.SetItem(FromAscii("maketrans"), new PyStaticMethod(new PyBuiltinFunction("maketrans", "str", null,
            static (self, args, kwnames) => MakeTrans(args, kwnames)) { StaticOwner = t }));

    private static readonly string[] NewNames = { "object", "encoding", "errors" };

    /// <summary>str(object='') or str(bytes_like, encoding='utf-8', errors='strict').</summary>
    internal static PyObject NewStr(PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        PyStr r;
        if ((kwnames is null || kwnames.Count == 0) && args.Length <= 1)
            r = args.Length == 0 ? Empty : PyOps.Str(args[0]);
        else
        {
            var slots = ArgParser.Unpack(args, kwnames, "str", NewNames, 0, 0);
            var enc = slots[1] is null ? null : slots[1] as PyStr ?? throw ArgParser.BadArgument("str", "argument 'encoding'", "str", slots[1]!);
            var err = slots[2] is null ? null : slots[2] as PyStr ?? throw ArgParser.BadArgument("str", "argument 'errors'", "str", slots[2]!);
            if (slots[0] is null) r = Empty;
            else if (enc is null && err is null) r = PyOps.Str(slots[0]!);
            else
            {
                var o = slots[0]!;
                if (o is PyStr) throw PyErrors.TypeError("decoding str is not supported");
                if (!Buffers.TryGetSpan(o, out var data))
                    throw PyErrors.TypeError($"decoding to str: need a bytes-like object, {o.type.Name} found");
                r = Codecs.Decode(data, enc?.Value ?? "utf-8", err?.Value ?? "strict");
            }
        }
        return cls == PyTypes.Str ? r : r.WithType(cls);
    }
}
