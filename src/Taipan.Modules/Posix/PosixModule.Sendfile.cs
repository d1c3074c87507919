using System.Runtime.InteropServices;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Posix;

// os.sendfile: kernel-side copy from a file to a socket (socket.sendfile uses it when present).
internal static unsafe partial class PosixModule
{
    [DllImport("libc", EntryPoint = "sendfile", SetLastError = true)]
    private static extern nint SysSendfile(int outFd, int inFd, long* offset, nint count);

    private static readonly string[] SendfileNames = { "out_fd", "in_fd", "offset", "count" };

    [PyFunction]
    public static long sendfile(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = ArgParser.Unpack(args, kwnames, "sendfile", SendfileNames, 0, 4);
        int outFd = PosixArgs.Fd(a[0]!), inFd = PosixArgs.Fd(a[1]!);
        bool hasOffset = a[2] != PyNone.Instance;
        long offset = hasOffset ? PyOps.AsIndex(a[2]!, PyTypes.OverflowError) : 0;
        long count = PyOps.AsIndex(a[3]!, PyTypes.OverflowError);
        while (true)
        {
            nint n;
            int errno;
            using (Gil.Unlocked())
            {
                n = SysSendfile(outFd, inFd, hasOffset ? &offset : null, (nint)count);
                errno = Marshal.GetLastPInvokeError();
            }
            if (n >= 0) return n;
            if (errno != EINTR) throw PosixErrors.FromErrno(errno);
        }
    }
}
