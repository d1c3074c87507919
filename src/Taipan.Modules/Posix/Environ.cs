using System.Runtime.InteropServices;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Posix;

/// <summary>posix.environ: the process environment as it was at start-up, bytes keys and values (os.py wraps
/// it in os.environ). Read from libc's `environ` so undecodable bytes survive.</summary>
internal static unsafe class Environ
{
    public static PyDict Build()
    {
        var d = new PyDict();
        var lib = NativeLibrary.Load("libc.so.6");
        byte** env = *(byte***)NativeLibrary.GetExport(lib, "environ");
        for (; env != null && *env != null; env++)
        {
            var entry = Libc.CString(*env);
            int eq = Array.IndexOf(entry, (byte)'=');
            if (eq <= 0) continue;
            var key = FsEncoding.ToBytes(entry.AsSpan(0, eq));
            // CPython keeps the first definition of a duplicated name.
            if (d.GetItemOrNull(key) is not null) continue;
            d.SetItem(key, FsEncoding.ToBytes(entry.AsSpan(eq + 1)));
        }
        return d;
    }
}
