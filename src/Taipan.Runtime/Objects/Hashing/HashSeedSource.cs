namespace Taipan.Runtime.Objects;

/// <summary>Where StringHash's static constructor may look for the seed. Its own class: writing a static
/// field of StringHash would run that constructor first, before the flag is set.</summary>
internal static class HashSeedSource
{
    /// <summary>-E/-I: PYTHONHASHSEED is not read (set by the host before the first string is hashed).</summary>
    internal static bool IgnoreEnvironment;
}
