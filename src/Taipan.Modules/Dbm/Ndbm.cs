using System.Runtime.InteropServices;

namespace Taipan.Modules.Dbm;

/// <summary>The ndbm interface of Berkeley DB 5.3 (libdb-5.3.so), the library Debian's CPython links its
/// _dbm against (so files are interchangeable, named NAME.db). db.h maps dbm_open etc. to these symbols.</summary>
internal static unsafe partial class Ndbm
{
    private const string L = "libdb-5.3.so";

    [StructLayout(LayoutKind.Sequential)]
    public struct Datum
    {
        public byte* dptr;
        public nuint dsize;
    }

    public const int DBM_INSERT = 0, DBM_REPLACE = 1;

    [LibraryImport(L, EntryPoint = "__db_ndbm_open", SetLastError = true)] public static partial nint dbm_open(byte* file, int flags, int mode);
    [LibraryImport(L, EntryPoint = "__db_ndbm_close")] public static partial void dbm_close(nint db);
    [LibraryImport(L, EntryPoint = "__db_ndbm_fetch")] public static partial Datum dbm_fetch(nint db, Datum key);
    [LibraryImport(L, EntryPoint = "__db_ndbm_store")] public static partial int dbm_store(nint db, Datum key, Datum content, int flags);
    [LibraryImport(L, EntryPoint = "__db_ndbm_delete")] public static partial int dbm_delete(nint db, Datum key);
    [LibraryImport(L, EntryPoint = "__db_ndbm_firstkey")] public static partial Datum dbm_firstkey(nint db);
    [LibraryImport(L, EntryPoint = "__db_ndbm_nextkey")] public static partial Datum dbm_nextkey(nint db);
    [LibraryImport(L, EntryPoint = "__db_ndbm_error")] public static partial int dbm_error(nint db);
    [LibraryImport(L, EntryPoint = "__db_ndbm_clearerr")] public static partial int dbm_clearerr(nint db);
}
