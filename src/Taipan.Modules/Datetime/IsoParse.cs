using Taipan.Runtime.Objects;
using System.Text;

namespace Taipan.Modules.Datetime;

/// <summary>3.11's ISO 8601 parser (parse_isoformat_date / parse_isoformat_time / parse_hh_mm_ss_ff and the
/// separator search). It works on the UTF-8 bytes followed by a NUL, as the C code reads them, quirks included.</summary>
internal static class IsoParse
{
    /// <summary>UTF-8 bytes plus a terminating 0, or null if the text has lone surrogates (not encodable).</summary>
    public static byte[]? Utf8z(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (char.IsSurrogate(s[i])) return null;
        }
        var n = Encoding.UTF8.GetByteCount(s);
        var b = new byte[n + 1];
        Encoding.UTF8.GetBytes(s, 0, s.Length, b, 0);
        return b;
    }

    private static bool IsDigit(byte c) => c >= (byte)'0' && c <= (byte)'9';

    private static int ParseDigits(byte[] s, int p, out int value, int n)
    {
        value = 0;
        for (int i = 0; i < n; i++)
        {
            if (p >= s.Length) return -1;
            byte c = s[p++];
            if (!IsDigit(c)) return -1;
            value = value * 10 + (c - '0');
        }
        return p;
    }

    public static bool ParseDate(ReadOnlySpan<char> text, out int y, out int m, out int d)
    {
        y = m = d = 0;
        var b = Utf8z(text.ToString());
        return b is not null && ParseDate(b, 0, b.Length - 1, out y, out m, out d) == 0;
    }

    /// <summary>parse_isoformat_date: 0 on success.</summary>
    public static int ParseDate(byte[] s, int start, int len, out int year, out int month, out int day)
    {
        month = day = 0;
        int p = ParseDigits(s, start, out year, 4);
        if (p < 0) return -1;
        bool sep = s[p] == '-';
        if (sep) p++;
        if (s[p] == 'W')
        {
            p++;
            p = ParseDigits(s, p, out int week, 2);
            if (p < 0) return -3;
            int isoDay;
            if (p - start < len)
            {
                if (sep && s[p++] != '-') return -2;
                p = ParseDigits(s, p, out isoDay, 1);
                if (p < 0) return -4;
            }
            else isoDay = 1;
            int rv = IsoToYmdCode(year, week, isoDay, out year, out month, out day);
            return rv != 0 ? -3 + rv : 0;
        }
        p = ParseDigits(s, p, out month, 2);
        if (p < 0) return -1;
        if (sep && s[p++] != '-') return -2;
        p = ParseDigits(s, p, out day, 2);
        return p < 0 ? -1 : 0;
    }

    private static int IsoToYmdCode(int isoYear, int week, int isoDay, out int y, out int m, out int d)
    {
        y = m = d = 0;
        if (week <= 0 || week >= 53)
        {
            bool outOfRange = true;
            if (week == 53)
            {
                int firstWeekday = (DateMath.YmdToOrd(isoYear, 1, 1) + 6) % 7;
                if (firstWeekday == 3 || (firstWeekday == 2 && DateMath.IsLeap(isoYear))) outOfRange = false;
            }
            if (outOfRange) return -2;
        }
        if (isoDay <= 0 || isoDay >= 8) return -3;
        int day1 = DateMath.IsoWeek1Monday(isoYear);
        int ord = day1 + (week - 1) * 7 + isoDay - 1;
        if (ord < 1 || ord > DateMath.MaxOrdinal)
        {
            // beyond the calendar: let the date constructor report the year
            // (C's ord_to_ymd computes year 1 and no valid month for ordinals just below 1)
            if (ord < 1) { y = 1; m = 0; } else { y = 10000; m = 1; }
            d = 1;
            return 0;
        }
        DateMath.OrdToYmd(ord, out y, out m, out d);
        return 0;
    }

    public static bool IsoToYmd(int isoYear, int week, int isoDay, out int y, out int m, out int d, out string? error)
    {
        error = null;
        y = m = d = 0;
        if (isoYear < DateMath.MinYear || isoYear > DateMath.MaxYear) { error = $"Year is out of range: {isoYear}"; return false; }
        int rv = IsoToYmdCode(isoYear, week, isoDay, out y, out m, out d);
        if (rv == -2) { error = $"Invalid week: {week}"; return false; }
        if (rv == -3) { error = $"Invalid day: {isoDay} (range is [1, 7])"; return false; }
        return true;
    }

    private static readonly int[] Correction = { 100000, 10000, 1000, 100, 10 };

    /// <summary>parse_hh_mm_ss_ff over s[p..end): negative on error, 1 when something follows, else 0.</summary>
    private static int ParseHhMmSsFf(byte[] s, int p, int end, out int hour, out int minute, out int second, out int us)
    {
        hour = minute = second = us = 0;
        bool hasSep = true;
        for (int i = 0; i < 3; i++)
        {
            p = ParseDigits(s, p, out int v, 2);
            if (p < 0) return -3;
            if (i == 0) hour = v; else if (i == 1) minute = v; else second = v;
            byte c = p < s.Length ? s[p] : (byte)0;
            p++;
            if (i == 0) hasSep = c == ':';
            if (p >= end) return c != 0 ? 1 : 0;
            if (hasSep && c == ':') continue;
            if (c == '.' || c == ',') goto fraction;
            if (!hasSep) p--;
            else return -4;
        }
        fraction:
        int remains = end - p;
        int toParse = remains >= 6 ? 6 : remains;
        p = ParseDigits(s, p, out us, toParse);
        if (p < 0) return -3;
        if (toParse < 6 && toParse > 0) us *= Correction[toParse - 1];
        while (p < s.Length && IsDigit(s[p])) p++;
        return p != end ? 1 : 0;
    }

    /// <summary>parse_isoformat_time: negative on error, 1 with a UTC offset, 0 without.</summary>
    public static int ParseTime(byte[] s, int start, int len, out int hour, out int minute, out int second, out int us,
        out int tzOffset, out int tzUs)
    {
        tzOffset = tzUs = 0;
        int end = start + len;
        int tz = start;
        do
        {
            byte c = tz < s.Length ? s[tz] : (byte)0;
            if (c == 'Z' || c == '+' || c == '-') break;
        } while (++tz < end);
        int rv = ParseHhMmSsFf(s, start, tz, out hour, out minute, out second, out us);
        if (rv < 0) return rv;
        if (tz == end) return rv == 1 ? -5 : 0;
        if (s[tz] == 'Z') return s[tz + 1] != 0 ? -5 : 1;
        int sign = s[tz] == '-' ? -1 : 1;
        tz++;
        rv = ParseHhMmSsFf(s, tz, end, out int th, out int tm, out int ts, out tzUs);
        tzOffset = sign * (th * 3600 + tm * 60 + ts);
        tzUs *= sign;
        return rv != 0 ? -5 : 1;
    }

    /// <summary>_find_isoformat_datetime_separator.</summary>
    public static int FindSeparator(byte[] s, int len)
    {
        if (len == 7) return 7;
        if (s[4] == '-')
        {
            if (s[5] == 'W')
            {
                if (len < 8) return -1;
                if (len > 8 && s[8] == '-')
                {
                    if (len == 9) return -1;
                    if (len > 10 && IsDigit(s[10])) return 8;
                    return 10;
                }
                return 8;
            }
            return 10;
        }
        if (s[4] == 'W')
        {
            int idx = 7;
            for (; idx < len; idx++) if (!IsDigit(s[idx])) break;
            if (idx < 9) return idx;
            return idx % 2 == 0 ? 7 : 8;
        }
        return 8;
    }

    /// <summary>tzinfo_from_isoformat_results.</summary>
    public static PyObject TzInfo(int rv, int offset, int tzUs)
    {
        if (rv != 1) return PyNone.Instance;
        if (offset == 0) return PyTimeZone.Utc;
        return PyTimeZone.Create(PyTimeDelta.FromParts(0, offset, tzUs), null);
    }

    public static PyException Invalid(PyObject s) => PyErrors.ValueError($"Invalid isoformat string: {PyOps.Repr(s).Value}");
}
