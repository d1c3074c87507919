using System.Runtime.InteropServices;

namespace Taipan.Runtime.Interpreter;

/// <summary>getenv(3): the live C environment. .NET's Environment.GetEnvironmentVariable reads a copy taken
/// at start-up on Unix, which misses what os.environ / os.putenv set later (CPython's Py_GETENV sees it).</summary>
internal static class ProcessEnvironment
{
    [DllImport("libc", EntryPoint = "getenv")]
    private static extern IntPtr getenv([MarshalAs(UnmanagedType.LPUTF8Str)] string name);

    /// <summary>Py_GETENV: null under -E or when unset.</summary>
    public static string? Get(string name)
    {
        if (InterpreterState.Current.Flags.IgnoreEnvironment) return null;
        var p = getenv(name);
        return p == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(p);
    }
}
