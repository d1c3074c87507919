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
        NativeModules.Register("_thread", Thread.ThreadModule.Create);
        NativeModules.Register("atexit", Atexit.AtexitModule.Create);
        NativeModules.Register("gc", Gc.GcModule.Create);
        NativeModules.Register("_sre", Sre.SreModule.Create);
        NativeModules.Register("_signal", Signal.SignalModule.Create);
        NativeModules.Register("_contextvars", ContextVars.ContextVarsModule.Create);
        NativeModules.Register("_imp", Imp.ImpModule.Create);
        NativeModules.Register("_warnings", Warnings.WarningsModule.Create);
    }
}
