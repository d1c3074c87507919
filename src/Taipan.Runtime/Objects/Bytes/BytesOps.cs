using System.Text;

namespace Taipan.Runtime.Objects;

/// <summary>
/// The methods bytes and bytearray share (CPython's bytes_methods.c and stringlib), over spans.
/// Results are byte arrays; the owning type wraps them in its own type. Character classes are
/// ASCII only, as in CPython (Py_ISSPACE, Py_ISALPHA ...).
/// </summary>
internal static class BytesOps
{
    public static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0b or 0x0c;
    public static bool IsLower(byte c) => c >= 'a' && c <= 'z';
    public static bool IsUpper(byte c) => c >= 'A' && c <= 'Z';
    public static bool IsAlpha(byte c) => IsLower(c) || IsUpper(c);
    public static bool IsDigit(byte c) => c >= '0' && c <= '9';
    public static bool IsAlnum(byte c) => IsAlpha(c) || IsDigit(c);
    public static byte ToLower(byte c) => IsUpper(c) ? (byte)(c + 32) : c;
    public static byte ToUpper(byte c) => IsLower(c) ? (byte)(c - 32) : c;

    // --- repr ----------------------------------------------------------------------------

    /// <summary>b'...' with CPython's quote choice and escapes.</summary>
    /// <summary>bytearray's repr escapes a single quote even inside double quotes (bytearray_repr).</summary>
    public static string Repr(ReadOnlySpan<byte> s, string prefix = "b", string suffix = "")
    {
        bool alwaysEscapeSingle = suffix.Length > 0;
        bool single = s.IndexOf((byte)'\'') >= 0, dbl = s.IndexOf((byte)'"') >= 0;
        char quote = single && !dbl ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 3 + prefix.Length + suffix.Length);
        sb.Append(prefix).Append(quote);
        foreach (var c in s)
        {
            if (c == quote || c == '\\' || (c == '\'' && alwaysEscapeSingle)) sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < ' ' || c >= 0x7f) sb.Append("\\x").Append(HexDigit(c >> 4)).Append(HexDigit(c & 15));
            else sb.Append((char)c);
        }
        return sb.Append(quote).Append(suffix).ToString();
    }

    public static char HexDigit(int d) => (char)(d < 10 ? '0' + d : 'a' + d - 10);

    // --- argument helpers ------------------------------------------------------------------

    /// <summary>_PyEval_SliceIndex for the optional start/end arguments.</summary>
    public static long SliceIndex(PyObject? o, long dflt)
    {
        if (o is null || o == PyNone.Instance) return dflt;
        if (o.type.Index is null && o is not PyInt)
            throw PyErrors.TypeError("slice indices must be integers or None or have an __index__ method");
        var i = PyOps.Index(o);
        if (i.IsSmall) return i.Small;
        return i.IsNegative ? long.MinValue / 2 : long.MaxValue / 2;
    }

    /// <summary>ADJUST_INDICES: clamps [start, end) to a sequence of <paramref name="len"/>.</summary>
    public static void AdjustIndices(ref long start, ref long end, long len)
    {
        if (end > len) end = len;
        else if (end < 0) { end += len; if (end < 0) end = 0; }
        if (start < 0) { start += len; if (start < 0) start = 0; }
    }

    /// <summary>The sub-sequence argument of find/count/index/in: an int in range(256) or a buffer.</summary>
    public static byte[] SubArgument(PyObject o)
    {
        if (Buffers.TryGetSpan(o, out var span)) return span.ToArray();
        if (o is PyInt || o.type.Index is not null)
        {
            long v = ByteIndex(o);
            if (v < 0 || v > 255) throw PyErrors.ValueError("byte must be in range(0, 256)");
            return new[] { (byte)v };
        }
        throw PyErrors.TypeError($"argument should be integer or bytes-like object, not '{o.type.Name}'");
    }

    /// <summary>_getbytevalue: __index__, and an int too big for a long is just out of range (ValueError).</summary>
    private static long ByteIndex(PyObject o)
    {
        if (o.type == PyTypes.Int && ((PyInt)o).IsSmall) return ((PyInt)o).Small;
        var i = PyOps.Index(o);
        return i.IsSmall ? i.Small : -1;
    }

    /// <summary>A byte value argument (append, insert, fill of __setitem__).</summary>
    public static byte ByteValue(PyObject o)
    {
        long v = ByteIndex(o);
        if (v < 0 || v > 255) throw PyErrors.ValueError("byte must be in range(0, 256)");
        return (byte)v;
    }

    private static byte FillChar(PyObject? fill, string name)
    {
        if (fill is null) return (byte)' ';
        if (Buffers.TryGetSpan(fill, out var f) && f.Length == 1 && fill is not PyMemoryView) return f[0];
        throw PyErrors.TypeError($"{name}() argument 2 must be a byte string of length 1, not {fill.type.Name}");
    }

    // --- searching -------------------------------------------------------------------------

    /// <summary>find/rfind/index/rindex: the index or -1.</summary>
    public static long Find(ReadOnlySpan<byte> s, PyObject sub, PyObject? start, PyObject? end, bool reverse)
    {
        var needle = SubArgument(sub);
        long a = SliceIndex(start, 0), b = SliceIndex(end, long.MaxValue);
        AdjustIndices(ref a, ref b, s.Length);
        if (a > s.Length || b - a < needle.Length) return -1;
        var window = s.Slice((int)a, (int)(b - a));
        int k = reverse ? window.LastIndexOf(needle) : window.IndexOf(needle);
        if (needle.Length == 0) return reverse ? b : a;
        return k < 0 ? -1 : a + k;
    }

    public static long Index(ReadOnlySpan<byte> s, PyObject sub, PyObject? start, PyObject? end, bool reverse)
    {
        long r = Find(s, sub, start, end, reverse);
        if (r < 0) throw PyErrors.ValueError("subsection not found");
        return r;
    }

    public static long Count(ReadOnlySpan<byte> s, PyObject sub, PyObject? start, PyObject? end)
    {
        var needle = SubArgument(sub);
        long a = SliceIndex(start, 0), b = SliceIndex(end, long.MaxValue);
        AdjustIndices(ref a, ref b, s.Length);
        if (a > s.Length || b < a) return 0;
        if (needle.Length == 0) return b - a + 1;
        var window = s.Slice((int)a, (int)(b - a));
        long n = 0;
        int pos = 0;
        while (true)
        {
            int k = window.Slice(pos).IndexOf(needle);
            if (k < 0) return n;
            n++;
            pos += k + needle.Length;
        }
    }

    public static bool Contains(ReadOnlySpan<byte> s, PyObject item)
    {
        if (item is PyInt || (item.type.Index is not null && !Buffers.IsBuffer(item)))
        {
            long v = ByteIndex(item);
            if (v < 0 || v > 255) throw PyErrors.ValueError("byte must be in range(0, 256)");
            return s.IndexOf((byte)v) >= 0;
        }
        return s.IndexOf(Buffers.Require(item)) >= 0;
    }

    /// <summary>startswith/endswith with a bytes or a tuple of bytes.</summary>
    public static bool StartsEnds(ReadOnlySpan<byte> s, PyObject prefix, PyObject? start, PyObject? end, bool ends)
    {
        string name = ends ? "endswith" : "startswith";
        long a = SliceIndex(start, 0), b = SliceIndex(end, long.MaxValue);
        AdjustIndices(ref a, ref b, s.Length);
        if (prefix is PyTuple t)
        {
            for (int i = 0; i < t.Count; i++)
            {
                if (!Buffers.TryGetSpan(t[i], out var p))
                    throw PyErrors.TypeError($"a bytes-like object is required, not '{t[i].type.Name}'");
                if (Matches(s, p, a, b, ends)) return true;
            }
            return false;
        }
        if (!Buffers.TryGetSpan(prefix, out var q))
            throw PyErrors.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {prefix.type.Name}");
        return Matches(s, q, a, b, ends);
    }

    private static bool Matches(ReadOnlySpan<byte> s, ReadOnlySpan<byte> p, long a, long b, bool ends)
    {
        if (a > s.Length) return false;
        if (b - a < p.Length) return false;
        if (p.Length == 0) return true;
        return ends ? s.Slice((int)(b - p.Length), p.Length).SequenceEqual(p) : s.Slice((int)a, p.Length).SequenceEqual(p);
    }

    // --- case and classes ------------------------------------------------------------------

    public static byte[] Lower(ReadOnlySpan<byte> s)
    {
        var r = s.ToArray();
        for (int i = 0; i < r.Length; i++) r[i] = ToLower(r[i]);
        return r;
    }

    public static byte[] Upper(ReadOnlySpan<byte> s)
    {
        var r = s.ToArray();
        for (int i = 0; i < r.Length; i++) r[i] = ToUpper(r[i]);
        return r;
    }

    public static byte[] SwapCase(ReadOnlySpan<byte> s)
    {
        var r = s.ToArray();
        for (int i = 0; i < r.Length; i++) r[i] = IsUpper(r[i]) ? ToLower(r[i]) : ToUpper(r[i]);
        return r;
    }

    public static byte[] Capitalize(ReadOnlySpan<byte> s)
    {
        var r = s.ToArray();
        for (int i = 0; i < r.Length; i++) r[i] = i == 0 ? ToUpper(r[i]) : ToLower(r[i]);
        return r;
    }

    public static byte[] Title(ReadOnlySpan<byte> s)
    {
        var r = s.ToArray();
        bool previousCased = false;
        for (int i = 0; i < r.Length; i++)
        {
            byte c = r[i];
            if (IsLower(c)) { if (previousCased) { } else r[i] = ToUpper(c); previousCased = true; }
            else if (IsUpper(c)) { if (previousCased) r[i] = ToLower(c); previousCased = true; }
            else previousCased = false;
        }
        return r;
    }

    public static bool IsAll(ReadOnlySpan<byte> s, Func<byte, bool> pred)
    {
        if (s.Length == 0) return false;
        foreach (var c in s) if (!pred(c)) return false;
        return true;
    }

    public static bool IsLowerText(ReadOnlySpan<byte> s)
    {
        bool cased = false;
        foreach (var c in s)
        {
            if (IsUpper(c)) return false;
            if (IsLower(c)) cased = true;
        }
        return cased;
    }

    public static bool IsUpperText(ReadOnlySpan<byte> s)
    {
        bool cased = false;
        foreach (var c in s)
        {
            if (IsLower(c)) return false;
            if (IsUpper(c)) cased = true;
        }
        return cased;
    }

    public static bool IsTitleText(ReadOnlySpan<byte> s)
    {
        bool cased = false, previousCased = false;
        foreach (var c in s)
        {
            if (IsUpper(c))
            {
                if (previousCased) return false;
                previousCased = cased = true;
            }
            else if (IsLower(c))
            {
                if (!previousCased) return false;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }

    public static bool IsAscii(ReadOnlySpan<byte> s)
    {
        foreach (var c in s) if (c >= 0x80) return false;
        return true;
    }

    // --- splitting and stripping ------------------------------------------------------------

    public static PyList Split(ReadOnlySpan<byte> s, PyObject? sep, long maxsplit, Func<byte[], PyObject> make)
    {
        var result = new PyList();
        if (maxsplit < 0) maxsplit = long.MaxValue;
        if (sep is null || sep == PyNone.Instance)
        {
            int i = 0, n = s.Length;
            while (true)
            {
                while (i < n && IsSpace(s[i])) i++;
                if (i >= n) break;
                if (maxsplit-- == 0)
                {
                    result.Append(make(s.Slice(i).ToArray()));
                    break;
                }
                int j = i;
                while (j < n && !IsSpace(s[j])) j++;
                result.Append(make(s.Slice(i, j - i).ToArray()));
                i = j;
            }
            return result;
        }
        var sp = Buffers.Require(sep);
        if (sp.Length == 0) throw PyErrors.ValueError("empty separator");
        int pos = 0;
        while (maxsplit-- > 0)
        {
            int k = s.Slice(pos).IndexOf(sp);
            if (k < 0) break;
            result.Append(make(s.Slice(pos, k).ToArray()));
            pos += k + sp.Length;
        }
        result.Append(make(s.Slice(pos).ToArray()));
        return result;
    }

    public static PyList RSplit(ReadOnlySpan<byte> s, PyObject? sep, long maxsplit, Func<byte[], PyObject> make)
    {
        var parts = new List<PyObject>();
        if (maxsplit < 0) maxsplit = long.MaxValue;
        if (sep is null || sep == PyNone.Instance)
        {
            int i = s.Length;
            while (true)
            {
                while (i > 0 && IsSpace(s[i - 1])) i--;
                if (i <= 0) break;
                if (maxsplit-- == 0)
                {
                    parts.Add(make(s.Slice(0, i).ToArray()));
                    break;
                }
                int j = i;
                while (j > 0 && !IsSpace(s[j - 1])) j--;
                parts.Add(make(s.Slice(j, i - j).ToArray()));
                i = j;
            }
        }
        else
        {
            var sp = Buffers.Require(sep);
            if (sp.Length == 0) throw PyErrors.ValueError("empty separator");
            int end = s.Length;
            while (maxsplit-- > 0)
            {
                int k = s.Slice(0, end).LastIndexOf(sp);
                if (k < 0) break;
                parts.Add(make(s.Slice(k + sp.Length, end - k - sp.Length).ToArray()));
                end = k;
            }
            parts.Add(make(s.Slice(0, end).ToArray()));
        }
        var result = new PyList();
        for (int i = parts.Count - 1; i >= 0; i--) result.Append(parts[i]);
        return result;
    }

    public static PyList SplitLines(ReadOnlySpan<byte> s, bool keepends, Func<byte[], PyObject> make)
    {
        var result = new PyList();
        int i = 0, n = s.Length;
        while (i < n)
        {
            int j = i;
            while (j < n && s[j] != '\n' && s[j] != '\r') j++;
            int eol = j;
            if (j < n)
            {
                if (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') j += 2;
                else j++;
                if (keepends) eol = j;
            }
            result.Append(make(s.Slice(i, eol - i).ToArray()));
            i = j;
        }
        return result;
    }

    public static PyTuple Partition(ReadOnlySpan<byte> s, PyObject sep, bool reverse, Func<byte[], PyObject> make)
    {
        var sp = Buffers.Require(sep);
        if (sp.Length == 0) throw PyErrors.ValueError("empty separator");
        int k = reverse ? s.LastIndexOf(sp) : s.IndexOf(sp);
        if (k < 0)
            return reverse
                ? PyTuple.Of(make(Array.Empty<byte>()), make(Array.Empty<byte>()), make(s.ToArray()))
                : PyTuple.Of(make(s.ToArray()), make(Array.Empty<byte>()), make(Array.Empty<byte>()));
        return PyTuple.Of(make(s.Slice(0, k).ToArray()), make(sp.ToArray()), make(s.Slice(k + sp.Length).ToArray()));
    }

    /// <summary>strip/lstrip/rstrip: which 1 = left, 2 = right, 3 = both.</summary>
    public static byte[] Strip(ReadOnlySpan<byte> s, PyObject? chars, int which)
    {
        int a = 0, b = s.Length;
        if (chars is null || chars == PyNone.Instance)
        {
            if ((which & 1) != 0) while (a < b && IsSpace(s[a])) a++;
            if ((which & 2) != 0) while (b > a && IsSpace(s[b - 1])) b--;
        }
        else
        {
            var set = Buffers.Require(chars);
            if ((which & 1) != 0) while (a < b && set.IndexOf(s[a]) >= 0) a++;
            if ((which & 2) != 0) while (b > a && set.IndexOf(s[b - 1]) >= 0) b--;
        }
        return s.Slice(a, b - a).ToArray();
    }

    // --- building ---------------------------------------------------------------------------

    public static byte[] Join(ReadOnlySpan<byte> sep, PyObject iterable)
    {
        var items = PyOps.ToList(iterable);
        // Sized first, then copied: lzma/bz2.decompress join their output chunks (megabytes) here.
        long total = 0;
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!Buffers.TryGetSpan(item, out var part))
                throw PyErrors.TypeError($"sequence item {i}: expected a bytes-like object, {item.type.Name} found");
            total += part.Length + (i > 0 ? sep.Length : 0);
        }
        if (total > Array.MaxLength) throw PyErrors.MemoryError(); // CPython fails the allocation too
        var result = new byte[total];
        int at = 0;
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sep.CopyTo(result.AsSpan(at));
                at += sep.Length;
            }
            Buffers.TryGetSpan(items[i], out var part);
            part.CopyTo(result.AsSpan(at));
            at += part.Length;
        }
        return result;
    }

    public static byte[] Replace(ReadOnlySpan<byte> s, PyObject oldObj, PyObject newObj, long count)
    {
        var old = Buffers.Require(oldObj).ToArray();
        var @new = Buffers.Require(newObj).ToArray();
        if (count < 0) count = long.MaxValue;
        var buf = new List<byte>(s.Length);
        if (old.Length == 0)
        {
            for (int i = 0; i <= s.Length; i++)
            {
                if (count > 0) { buf.AddRange(@new); count--; }
                if (i < s.Length) buf.Add(s[i]);
            }
            return buf.ToArray();
        }
        int pos = 0;
        while (count-- > 0)
        {
            int k = s.Slice(pos).IndexOf(old);
            if (k < 0) break;
            for (int i = 0; i < k; i++) buf.Add(s[pos + i]);
            buf.AddRange(@new);
            pos += k + old.Length;
        }
        for (int i = pos; i < s.Length; i++) buf.Add(s[i]);
        return buf.ToArray();
    }

    public static byte[] Repeat(ReadOnlySpan<byte> s, long n)
    {
        if (n <= 0 || s.Length == 0) return Array.Empty<byte>();
        if (n > long.MaxValue / s.Length) throw PyErrors.OverflowError("repeated bytes are too long");
        if (n > Array.MaxLength / s.Length) throw PyErrors.MemoryError();
        var r = new byte[s.Length * n];
        for (long i = 0; i < n; i++) s.CopyTo(r.AsSpan((int)(i * s.Length)));
        return r;
    }

    public static byte[] Pad(ReadOnlySpan<byte> s, long width, PyObject? fill, string name)
    {
        byte f = FillChar(fill, name);
        if (width <= s.Length) return s.ToArray();
        long marg = width - s.Length;
        long left = name switch
        {
            "ljust" => 0,
            "rjust" => marg,
            _ => marg / 2 + (marg & width & 1),
        };
        var r = new byte[width];
        r.AsSpan(0, (int)left).Fill(f);
        s.CopyTo(r.AsSpan((int)left));
        r.AsSpan((int)(left + s.Length)).Fill(f);
        return r;
    }

    public static byte[] ZFill(ReadOnlySpan<byte> s, long width)
    {
        if (width <= s.Length) return s.ToArray();
        long fill = width - s.Length;
        var r = new byte[width];
        r.AsSpan(0, (int)fill).Fill((byte)'0');
        s.CopyTo(r.AsSpan((int)fill));
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            r[0] = s[0];
            r[fill] = (byte)'0';
        }
        return r;
    }

    public static byte[] ExpandTabs(ReadOnlySpan<byte> s, long tabsize)
    {
        var buf = new List<byte>(s.Length);
        long col = 0;
        foreach (var c in s)
        {
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    long spaces = tabsize - col % tabsize;
                    for (long i = 0; i < spaces; i++) buf.Add((byte)' ');
                    col += spaces;
                }
            }
            else
            {
                buf.Add(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return buf.ToArray();
    }

    public static byte[] Translate(ReadOnlySpan<byte> s, PyObject table, PyObject? delete)
    {
        byte[]? map = null;
        if (table != PyNone.Instance)
        {
            var t = Buffers.Require(table);
            if (t.Length != 256) throw PyErrors.ValueError("translation table must be 256 characters long");
            map = t.ToArray();
        }
        var del = delete is null ? ReadOnlySpan<byte>.Empty : Buffers.Require(delete);
        var buf = new List<byte>(s.Length);
        foreach (var c in s)
        {
            if (del.Length > 0 && del.IndexOf(c) >= 0) continue;
            buf.Add(map is null ? c : map[c]);
        }
        return buf.ToArray();
    }

    public static byte[] MakeTrans(PyObject from, PyObject to)
    {
        var f = Buffers.Require(from);
        var t = Buffers.Require(to);
        if (f.Length != t.Length) throw PyErrors.ValueError("maketrans arguments must have same length");
        var r = new byte[256];
        for (int i = 0; i < 256; i++) r[i] = (byte)i;
        for (int i = 0; i < f.Length; i++) r[f[i]] = t[i];
        return r;
    }

    public static byte[] RemovePrefix(ReadOnlySpan<byte> s, PyObject prefix)
    {
        var p = Buffers.Require(prefix);
        return s.StartsWith(p) ? s.Slice(p.Length).ToArray() : s.ToArray();
    }

    public static byte[] RemoveSuffix(ReadOnlySpan<byte> s, PyObject suffix)
    {
        var p = Buffers.Require(suffix);
        return p.Length > 0 && s.EndsWith(p) ? s.Slice(0, s.Length - p.Length).ToArray() : s.ToArray();
    }

    // --- hex ---------------------------------------------------------------------------------

    /// <summary>bytes.hex(sep, bytes_per_sep): groups counted from the right for a positive count.</summary>
    public static string Hex(ReadOnlySpan<byte> s, PyObject? sep, long bytesPerSep)
    {
        char sepChar = '\0';
        if (sep is not null)
        {
            if (sep is PyStr ss)
            {
                if (ss.Length != 1) throw PyErrors.ValueError("sep must be length 1.");
                int cp = ss.CodePointAt(0);
                if (cp > 127) throw PyErrors.ValueError("sep must be ASCII.");
                sepChar = (char)cp;
            }
            else if (Buffers.TryGetSpan(sep, out var bs))
            {
                if (bs.Length != 1) throw PyErrors.ValueError("sep must be length 1.");
                if (bs[0] > 127) throw PyErrors.ValueError("sep must be ASCII.");
                sepChar = (char)bs[0];
            }
            else throw PyErrors.TypeError(sep.type.Length is null ? $"object of type '{sep.type.Name}' has no len()" : "sep must be str or bytes.");
        }
        var sb = new StringBuilder(s.Length * 3);
        long group = Math.Abs(bytesPerSep);
        if (sep is null || group == 0 || s.Length == 0)
        {
            foreach (var c in s) sb.Append(HexDigit(c >> 4)).Append(HexDigit(c & 15));
            return sb.ToString();
        }
        for (int i = 0; i < s.Length; i++)
        {
            if (i > 0)
            {
                bool boundary = bytesPerSep > 0 ? (s.Length - i) % group == 0 : i % group == 0;
                if (boundary) sb.Append(sepChar);
            }
            sb.Append(HexDigit(s[i] >> 4)).Append(HexDigit(s[i] & 15));
        }
        return sb.ToString();
    }

    public static byte[] FromHex(PyObject arg)
    {
        if (arg is not PyStr str) throw PyErrors.TypeError($"fromhex() argument must be str, not {arg.type.Name}");
        var s = str.Value;
        var buf = new List<byte>(s.Length / 2);
        int i = 0;
        while (true)
        {
            while (i < s.Length && s[i] is ' ' or '\t' or '\n' or '\r' or '\v' or '\f') i++; // Py_ISSPACE
            if (i >= s.Length) break;
            int hi = HexValue(s[i]);
            if (hi < 0) throw PyErrors.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
            int lo = i + 1 < s.Length ? HexValue(s[i + 1]) : -1;
            if (lo < 0) throw PyErrors.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            buf.Add((byte)(hi * 16 + lo));
            i += 2;
        }
        return buf.ToArray();
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    // --- comparison ------------------------------------------------------------------------------

    public static PyObject Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, CompareOp op)
    {
        if (op == CompareOp.Eq) return PyBool.FromBool(a.SequenceEqual(b));
        if (op == CompareOp.Ne) return PyBool.FromBool(!a.SequenceEqual(b));
        return PyBool.FromBool(IntArithmetic.CompareResult(a.SequenceCompareTo(b), op));
    }

    // --- construction ----------------------------------------------------------------------------

    /// <summary>The bytes of bytes(x)/bytearray(x) for a single non-str source.</summary>
    public static byte[] FromObject(PyObject x, string typeName)
    {
        if (Buffers.TryGetSpan(x, out var span)) return span.ToArray();
        if (x is PyInt || (x.type.Index is not null && x is not PyStr))
        {
            var i = PyOps.Index(x);
            if (i.IsNegative) throw PyErrors.ValueError("negative count");
            if (!i.IsSmall || i.Small > int.MaxValue) throw PyErrors.OverflowError("cannot fit 'int' into an index-sized integer");
            return new byte[i.Small];
        }
        if (x is PyStr) throw PyErrors.TypeError("string argument without an encoding");
        if (x is PyList l)
        {
            // an item's __index__ may shrink the list: re-read the size each step and keep what was converted
            var r = new byte[l.Count];
            int k = 0;
            for (; k < l.Count; k++)
            {
                var b = ItemByte(l[k], typeName);
                if (k >= r.Length) Array.Resize(ref r, Math.Max(k + 1, r.Length * 2));
                r[k] = b;
            }
            if (k != r.Length) Array.Resize(ref r, k);
            return r;
        }
        if (x is PyTuple t)
        {
            var r = new byte[t.Count];
            for (int k = 0; k < r.Length; k++) r[k] = ItemByte(t[k], typeName);
            return r;
        }
        var it = PyOps.TryGetIter(x) ?? throw PyErrors.TypeError($"cannot convert '{x.type.Name}' object to {typeName}");
        var buf = new List<byte>();
        PyObject? item;
        while ((item = PyOps.Next(it)) is not null) buf.Add(ItemByte(item, typeName));
        return buf.ToArray();
    }

    private static byte ItemByte(PyObject o, string typeName)
    {
        long v = ByteIndex(o);
        if (v < 0 || v > 255) throw PyErrors.ValueError(typeName == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
        return (byte)v;
    }
}
