namespace Taipan.Modules.Posix;

/// <summary>readdir over an open DIR*, skipping "." and "..". glibc's struct dirent on 64-bit Linux:
/// d_ino at 0, d_type at 18, d_name at 19.</summary>
internal static unsafe class DirReader
{
    public const byte DT_UNKNOWN = 0, DT_DIR = 4, DT_REG = 8, DT_LNK = 10;

    /// <summary>The next entry, or false at the end; an error is raised as OSError.</summary>
    public static bool Next(nint dir, out byte[] name, out byte type, out ulong ino)
    {
        while (true)
        {
            System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
            byte* e = Libc.readdir(dir);
            if (e == null)
            {
                int err = Libc.Errno;
                if (err != 0) throw PosixErrors.FromErrno(err);
                name = Array.Empty<byte>();
                type = 0;
                ino = 0;
                return false;
            }
            name = Libc.CString(e + 19);
            if (name.Length == 1 && name[0] == '.' || name.Length == 2 && name[0] == '.' && name[1] == '.') continue;
            ino = *(ulong*)e;
            type = e[18];
            return true;
        }
    }

    public static IEnumerable<(byte[] Name, byte Type, ulong Ino)> Entries(nint dir)
    {
        while (Next(dir, out var name, out var type, out var ino)) yield return (name, type, ino);
    }
}
