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
        _ = typeof(NativeModules);
        NativeModules.Register("posix", Posix.PosixModule.Create);
        NativeModules.Register("time", Time.TimeModule.Create);
        NativeModules.Register("pwd", Pwd.PwdModule.Create);
        NativeModules.Register("grp", Pwd.GrpModule.Create);
        NativeModules.Register("resource", Resource.ResourceModule.Create);
        NativeModules.Register("fcntl", Fcntl.FcntlModule.Create);
        NativeModules.Register("select", Select.SelectModule.Create);
        NativeModules.Register("_locale", Locale.LocaleModule.Create);
        NativeModules.Register("_weakref", Weakref.WeakrefModule.Create);
        NativeModules.Register("_codecs", Codecs.CodecsModule.Create);
    }
}
