using Taipan.Runtime.Interpreter;

namespace Taipan.Modules;

/// <summary>Registers every native module of this assembly with the import system (by name; a module
/// object is created on first import).</summary>
public static class ModuleRegistry
{
    private static bool registered;

    public static void RegisterAll()
    {
        if (registered) return;
        registered = true;
        // Native modules add themselves here, one line each: NativeModules.Register("math", MathModule.Create);
        NativeModules.Register("_weakref", Weakref.WeakrefModule.Create);
        NativeModules.Register("_abc", Abc.AbcModule.Create);
        NativeModules.Register("_thread", Thread.ThreadModule.Create);
        NativeModules.Register("atexit", Atexit.AtexitModule.Create);
        NativeModules.Register("gc", Gc.GcModule.Create);
        NativeModules.Register("_signal", Signal.SignalModule.Create);
        NativeModules.Register("_contextvars", ContextVars.ContextVarsModule.Create);
        NativeModules.Register("_imp", Imp.ImpModule.Create);
        NativeModules.Register("array", ArrayLib.ArrayModule.Create);
        NativeModules.Register("mmap", Mmap.MmapModule.Create);
        NativeModules.Register("_dbm", Dbm.DbmModule.Create);
        NativeModules.Register("binascii", Binascii.BinasciiModule.Create);
        NativeModules.Register("_posixsubprocess", PosixSubprocess.PosixSubprocessModule.Create);
        Ast.AstModule.Register(); // _ast, and compile()'s AST hooks
        NativeModules.Register("marshal", MarshalLib.MarshalModule.Create);
        NativeModules.Register("_hashlib", Hashlib.HashlibModule.Create);
        NativeModules.Register("_blake2", Hashlib.Blake2Module.Create);
        NativeModules.Register("_warnings", Warnings.WarningsModule.Create);
        NativeModules.Register("_string", String.StringModule.Create);
        NativeModules.Register("posix", Posix.PosixModule.Create);
        NativeModules.Register("time", Time.TimeModule.Create);
        NativeModules.Register("pwd", Pwd.PwdModule.Create);
        NativeModules.Register("grp", Pwd.GrpModule.Create);
        NativeModules.Register("resource", Resource.ResourceModule.Create);
        NativeModules.Register("termios", Termios.TermiosModule.Create);
        NativeModules.Register("fcntl", Fcntl.FcntlModule.Create);
        NativeModules.Register("select", Select.SelectModule.Create);
        NativeModules.Register("_locale", Locale.LocaleModule.Create);
        Io.Stdio.Register(); // _io, and the standard streams / builtins.open built on it
        NativeModules.Register("_codecs", Codecs.CodecsModule.Create);
        NativeModules.Register("itertools", Itertools.ItertoolsModule.Create);
        NativeModules.Register("_operator", Operator.OperatorModule.Create);
        NativeModules.Register("_functools", Functools.FunctoolsModule.Create);
        NativeModules.Register("_heapq", Heapq.HeapqModule.Create);
        NativeModules.Register("_bisect", Bisect.BisectModule.Create);
        NativeModules.Register("_collections", Collections.CollectionsModule.Create);
        NativeModules.Register("_random", RandomLib.RandomModule.Create);
        NativeModules.Register("errno", Errno.ErrnoModule.Create);
        NativeModules.Register("_stat", Stat.StatModule.Create);
        NativeModules.Register("_struct", Struct.StructModule.Create);
        NativeModules.Register("_sre", Sre.SreModule.Create);
        NativeModules.Register("math", MathLib.MathModule.Create);
        NativeModules.Register("zlib", Zlib.ZlibModule.Create);
        NativeModules.Register("_bz2", Bz2.Bz2Module.Create);
        NativeModules.Register("_lzma", Lzma.LzmaModule.Create);
        NativeModules.Register("pyexpat", Expat.ExpatModule.Create);
        NativeModules.Register("_csv", Csv.CsvModule.Create);
        NativeModules.Register("_pickle", Pickle.PickleModule.Create);
        NativeModules.Register("_json", Json.JsonModule.Create);
        NativeModules.Register("_testcapi", TestCapi.TestCapiModule.Create);
        NativeModules.Register("_uuid", Uuid.UuidModule.Create);
        NativeModules.Register("faulthandler", Faulthandler.FaulthandlerModule.Create);
        NativeModules.Register("_testinternalcapi", TestCapi.TestInternalCapiModule.Create);
        NativeModules.Register("cmath", CMath.CMathModule.Create);
        NativeModules.Register("_socket", Socket.SocketModule.Create);
        NativeModules.Register("_datetime", Datetime.DatetimeModule.Create);
        Cjk.CjkModules.Register(); // _multibytecodec, _codecs_jp/cn/kr/tw/iso2022
        UnicodeData.UnicodeDataModule.Register(); // unicodedata, and the \N{...} escapes' import of it
    }
}
