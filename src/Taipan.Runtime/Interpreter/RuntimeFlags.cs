namespace Taipan.Runtime.Interpreter;

/// <summary>Command-line options that change the interpreter's behaviour (sys.flags).</summary>
public sealed class RuntimeFlags
{
    public bool Inspect, Quiet, Unbuffered, IgnoreEnvironment, Isolated, NoUserSite, NoSite, DontWriteBytecode, Utf8Mode, SafePath;
    public int Optimize;
    /// <summary>-X pycache_prefix=PATH or PYTHONPYCACHEPREFIX: sys.pycache_prefix.</summary>
    public string? PycachePrefix;
    public List<string> WarnOptions = new();
    public List<string> XOptions = new();
}
