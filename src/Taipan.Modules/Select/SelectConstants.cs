namespace Taipan.Modules.Select;

/// <summary>select's POLL* constants and PIPE_BUF (Linux values; no epoll object yet, so no EPOLL*).</summary>
internal static class SelectConstants
{
    public static readonly (string Name, long Value)[] All =
    {
        ("PIPE_BUF", 4096L),
        ("POLLERR", 8L),
        ("POLLHUP", 16L),
        ("POLLIN", 1L),
        ("POLLMSG", 1024L),
        ("POLLNVAL", 32L),
        ("POLLOUT", 4L),
        ("POLLPRI", 2L),
        ("POLLRDBAND", 128L),
        ("POLLRDHUP", 8192L),
        ("POLLRDNORM", 64L),
        ("POLLWRBAND", 512L),
        ("POLLWRNORM", 256L),
    };
}
