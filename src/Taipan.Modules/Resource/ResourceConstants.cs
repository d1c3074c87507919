namespace Taipan.Modules.Resource;

/// <summary>resource's RLIMIT_*/RUSAGE_* constants (Linux values).</summary>
internal static class ResourceConstants
{
    public static readonly (string Name, long Value)[] All =
    {
        ("RLIMIT_AS", 9L),
        ("RLIMIT_CORE", 4L),
        ("RLIMIT_CPU", 0L),
        ("RLIMIT_DATA", 2L),
        ("RLIMIT_FSIZE", 1L),
        ("RLIMIT_MEMLOCK", 8L),
        ("RLIMIT_MSGQUEUE", 12L),
        ("RLIMIT_NICE", 13L),
        ("RLIMIT_NOFILE", 7L),
        ("RLIMIT_NPROC", 6L),
        ("RLIMIT_OFILE", 7L),
        ("RLIMIT_RSS", 5L),
        ("RLIMIT_RTPRIO", 14L),
        ("RLIMIT_RTTIME", 15L),
        ("RLIMIT_SIGPENDING", 11L),
        ("RLIMIT_STACK", 3L),
        ("RLIM_INFINITY", -1L),
        ("RUSAGE_CHILDREN", -1L),
        ("RUSAGE_SELF", 0L),
        ("RUSAGE_THREAD", 1L),
    };
}
