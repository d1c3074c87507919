using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Builtins;

/// <summary>
/// What the _io module (in Taipan.Modules, a layer above) supplies to the runtime: the standard
/// streams, builtins.open, and a direct text path for print() into its native TextIOWrapper.
/// Unset (e.g. in runtime unit tests), sys falls back to <see cref="ConsoleFile"/> and there is no open.
/// </summary>
internal static class StdioHooks
{
    /// <summary>Builds (stdin, stdout, stderr); the argument is -u / PYTHONUNBUFFERED.</summary>
    public static Func<bool, (PyObject In, PyObject Out, PyObject Err)>? CreateStreams;

    /// <summary>io.open, installed as builtins.open.</summary>
    public static PyObject? Open;

    /// <summary>True when <c>file</c> is a native text stream whose write() is not overridden.</summary>
    public static Func<PyObject, bool>? IsNativeText;

    /// <summary>Writes text to a stream accepted by <see cref="IsNativeText"/> (then flushes when asked).</summary>
    public static Action<PyObject, string, bool>? WriteText;

    /// <summary>At exit: writes out what open files still buffer (CPython's finalization does).</summary>
    public static Action? FlushOpenFiles;
}
