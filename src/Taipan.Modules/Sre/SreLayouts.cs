namespace Taipan.Modules.Sre;

/// <summary>Layout ids of the _sre types (the range 300-319 is this module's).</summary>
internal static class SreLayouts
{
    public const int Pattern = 300, Match = 301, Scanner = 302;
}
