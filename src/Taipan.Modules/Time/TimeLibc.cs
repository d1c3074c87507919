using System.Runtime.InteropServices;

namespace Taipan.Modules.Time;

/// <summary>libc's time conversions (the C library's tz database and locale-free "C" strftime).</summary>
internal static unsafe class TimeLibc
{
    private const string L = "libc";

    /// <summary>glibc's struct tm on 64-bit Linux.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Tm
    {
        public int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year, tm_wday, tm_yday, tm_isdst;
        public long tm_gmtoff;
        public byte* tm_zone;
    }

    [DllImport(L, SetLastError = true)] public static extern Tm* localtime_r(long* t, Tm* result);
    [DllImport(L, SetLastError = true)] public static extern Tm* gmtime_r(long* t, Tm* result);
    [DllImport(L, SetLastError = true)] public static extern long mktime(Tm* tm);
    [DllImport(L, SetLastError = true)] public static extern nint strftime(byte* s, nint max, byte* format, Tm* tm);
    [DllImport(L)] public static extern void tzset();
}
