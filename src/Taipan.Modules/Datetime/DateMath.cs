using Taipan.Runtime.Objects;
namespace Taipan.Modules.Datetime;

/// <summary>The proleptic Gregorian calendar arithmetic of datetime (ordinal 1 = 0001-01-01), as
/// _datetimemodule.c's ymd_to_ord / ord_to_ymd / normalize_* helpers.</summary>
internal static class DateMath
{
    public const int MinYear = 1, MaxYear = 9999, MaxOrdinal = 3652059;
    public const long UsPerSecond = 1_000_000, SecondsPerDay = 86400, UsPerDay = 86_400_000_000;
    public const int MaxDeltaDays = 999999999;

    private static readonly int[] DaysInMonthTable = { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    private static readonly int[] DaysBeforeMonthTable = { 0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
    public static readonly string[] DayNames = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    public static readonly string[] MonthNames = { "", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

    public static bool IsLeap(int y) => (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);

    public static int DaysInMonth(int y, int m) => m == 2 && IsLeap(y) ? 29 : DaysInMonthTable[m];

    public static int DaysBeforeMonth(int y, int m) => DaysBeforeMonthTable[m] + (m > 2 && IsLeap(y) ? 1 : 0);

    public static int DaysBeforeYear(int y)
    {
        int y1 = y - 1;
        return y1 * 365 + y1 / 4 - y1 / 100 + y1 / 400;
    }

    public static int YmdToOrd(int y, int m, int d) => DaysBeforeYear(y) + DaysBeforeMonth(y, m) + d;

    public static void OrdToYmd(int ordinal, out int year, out int month, out int day)
    {
        const int DI400Y = 146097, DI100Y = 36524, DI4Y = 1461;
        int n = ordinal - 1;
        int n400 = n / DI400Y;
        n %= DI400Y;
        year = n400 * 400 + 1;
        int n100 = n / DI100Y;
        n %= DI100Y;
        int n4 = n / DI4Y;
        n %= DI4Y;
        int n1 = n / 365;
        n %= 365;
        year += n100 * 100 + n4 * 4 + n1;
        if (n1 == 4 || n100 == 4)
        {
            year -= 1;
            month = 12;
            day = 31;
            return;
        }
        bool leap = n1 == 3 && (n4 != 24 || n100 == 3);
        month = (n + 50) >> 5;
        int preceding = DaysBeforeMonthTable[month] + (month > 2 && leap ? 1 : 0);
        if (preceding > n)
        {
            month -= 1;
            preceding -= DaysInMonthTable[month] + (month == 2 && leap ? 1 : 0);
        }
        day = n - preceding + 1;
    }

    /// <summary>0 = Monday.</summary>
    public static int Weekday(int y, int m, int d) => (YmdToOrd(y, m, d) + 6) % 7;

    public static int IsoWeek1Monday(int year)
    {
        int first = DaysBeforeYear(year) + 1;
        int wd = (first + 6) % 7;
        int w1 = first - wd;
        if (wd > 3) w1 += 7;
        return w1;
    }

    public static void IsoCalendar(int y, int m, int d, out int isoYear, out int week, out int weekday)
    {
        isoYear = y;
        int week1 = IsoWeek1Monday(y);
        int today = YmdToOrd(y, m, d);
        week = FloorDiv(today - week1, 7);
        weekday = FloorMod(today - week1, 7);
        if (week < 0)
        {
            isoYear--;
            week1 = IsoWeek1Monday(isoYear);
            week = FloorDiv(today - week1, 7);
            weekday = FloorMod(today - week1, 7);
        }
        else if (week >= 52 && today >= IsoWeek1Monday(isoYear + 1))
        {
            isoYear++;
            week = 0;
        }
        week += 1;
        weekday += 1;
    }

    public static int FloorDiv(int a, int b) => (int)Math.Floor((double)a / b);
    public static int FloorMod(int a, int b) { int r = a % b; return r != 0 && (r < 0) != (b < 0) ? r + b : r; }
    public static long FloorDiv(long a, long b) { long q = a / b; return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q; }
    public static long FloorMod(long a, long b) { long r = a % b; return r != 0 && (r < 0) != (b < 0) ? r + b : r; }

    public static void CheckDateArgs(int y, int m, int d)
    {
        if (y < MinYear || y > MaxYear) throw PyErrors.ValueError($"year {y} is out of range");
        if (m < 1 || m > 12) throw PyErrors.ValueError("month must be in 1..12");
        if (d < 1 || d > DaysInMonth(y, m)) throw PyErrors.ValueError("day is out of range for month");
    }

    public static void CheckTimeArgs(int h, int mi, int s, int us, int fold)
    {
        if (h < 0 || h > 23) throw PyErrors.ValueError("hour must be in 0..23");
        if (mi < 0 || mi > 59) throw PyErrors.ValueError("minute must be in 0..59");
        if (s < 0 || s > 59) throw PyErrors.ValueError("second must be in 0..59");
        if (us < 0 || us > 999999) throw PyErrors.ValueError("microsecond must be in 0..999999");
        if (fold != 0 && fold != 1) throw PyErrors.ValueError("fold must be either 0 or 1");
    }

    /// <summary>normalize_date: a (year, month, day) whose day may have run past its month, by at most
    /// a timedelta's worth; raises OverflowError "date value out of range" outside MINYEAR..MAXYEAR.</summary>
    public static void NormalizeDate(ref int year, ref int month, ref long day)
    {
        if (month < 1 || month > 12) { long yy = year + FloorDiv(month - 1L, 12); month = (int)FloorMod(month - 1L, 12) + 1; year = (int)yy; }
        int dim = DaysInMonth(year < 1 || year > 9999 ? 2000 : year, month);
        if (day < 1 || day > dim)
        {
            if (day == 0) { month--; if (month == 0) { year--; month = 12; } day = DaysInMonth(Math.Clamp(year, 1, 9999), month); }
            else if (day == dim + 1) { month++; day = 1; if (month > 12) { month = 1; year++; } }
            else
            {
                if (year < MinYear || year > MaxYear) throw PyErrors.OverflowError("date value out of range");
                long ordinal = YmdToOrd(year, month, 1) + day - 1;
                if (ordinal < 1 || ordinal > MaxOrdinal) throw PyErrors.OverflowError("date value out of range");
                OrdToYmd((int)ordinal, out year, out month, out int dd);
                day = dd;
            }
        }
        if (year < MinYear || year > MaxYear) throw PyErrors.OverflowError("date value out of range");
    }

    /// <summary>normalize_datetime: carries microseconds into seconds, minutes, hours and days.</summary>
    public static void NormalizeDateTime(ref int year, ref int month, ref long day, ref long hour, ref long minute, ref long second, ref long us)
    {
        second += FloorDiv(us, 1_000_000); us = FloorMod(us, 1_000_000);
        minute += FloorDiv(second, 60); second = FloorMod(second, 60);
        hour += FloorDiv(minute, 60); minute = FloorMod(minute, 60);
        day += FloorDiv(hour, 24); hour = FloorMod(hour, 24);
        NormalizeDate(ref year, ref month, ref day);
    }
}
