using System.Runtime.InteropServices;
using System.Text;
using Taipan.Runtime;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Faulthandler;

/// <summary>
/// faulthandler: dump the Python stacks of every thread to a file descriptor, now (dump_traceback) or
/// after a timeout from a watchdog thread (dump_traceback_later), in CPython's format. enable() records
/// the file; a .NET process cannot run Python-level code on SIGSEGV, and Taipan does not crash on its own
/// faults (they become Python exceptions), so there is no fatal-signal handler to install. register()
/// and the _sigsegv-style crash helpers are not provided.
/// </summary>
internal static partial class FaulthandlerModule
{
    [LibraryImport("libc", EntryPoint = "write")]
    private static unsafe partial nint Write(int fd, byte* buffer, nint count);

    private static bool enabled;
    private static PyObject? enabledFile; // kept alive as CPython keeps its reference
    private static Watchdog? watchdog;

    private const int MaxFrameDepth = 100;

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("faulthandler", static _ => { });
        var flags = InterpreterState.Current.Flags;
        enabled = flags.XOptions.Contains("faulthandler")
            || (!flags.IgnoreEnvironment && Environment.GetEnvironmentVariable("PYTHONFAULTHANDLER") is { Length: > 0 });
        var d = m.Dict;
        BindingInstaller.AddFunction(d, "faulthandler", "enable", static (_, a, k) =>
        {
            var s = ArgParser.Unpack(a, k, "enable", new[] { "file", "all_threads" }, 0, 0);
            FileDescriptor(s[0], out var file);
            enabledFile = file;
            enabled = true;
            return PyNone.Instance;
        });
        BindingInstaller.AddFunction(d, "faulthandler", "disable", static (_, a, k) =>
        {
            ArgParser.NoArgs(a, k, "faulthandler.disable");
            bool was = enabled;
            enabled = false;
            enabledFile = null;
            return PyBool.FromBool(was);
        });
        BindingInstaller.AddFunction(d, "faulthandler", "is_enabled", static (_, a, k) =>
        {
            ArgParser.NoArgs(a, k, "faulthandler.is_enabled");
            return PyBool.FromBool(enabled);
        });
        BindingInstaller.AddFunction(d, "faulthandler", "dump_traceback", static (_, a, k) =>
        {
            var s = ArgParser.Unpack(a, k, "dump_traceback", new[] { "file", "all_threads" }, 0, 0);
            int fd = FileDescriptor(s[0], out _);
            bool allThreads = s[1] is null || PyOps.IsTrue(s[1]!);
            WriteAll(fd, Dump(ThreadState.Current, allThreads));
            return PyNone.Instance;
        });
        BindingInstaller.AddFunction(d, "faulthandler", "dump_traceback_later", static (_, a, k) =>
        {
            var s = ArgParser.Unpack(a, k, "dump_traceback_later", new[] { "timeout", "repeat", "file", "exit" }, 1, 0);
            double timeout = PyOps.AsDouble(s[0]!);
            if (!(timeout > 0)) throw PyErrors.ValueError("timeout must be greater than 0");
            if (timeout * 1e6 >= long.MaxValue / 2) throw PyErrors.OverflowError("timeout value is too large");
            bool repeat = s[1] is { } r && PyOps.IsTrue(r);
            int fd = FileDescriptor(s[2], out var file);
            bool exit = s[3] is { } e && PyOps.IsTrue(e);
            watchdog?.Cancel();
            watchdog = new Watchdog(timeout, repeat, fd, file, exit);
            return PyNone.Instance;
        });
        BindingInstaller.AddFunction(d, "faulthandler", "cancel_dump_traceback_later", static (_, a, k) =>
        {
            ArgParser.NoArgs(a, k, "faulthandler.cancel_dump_traceback_later");
            watchdog?.Cancel();
            watchdog = null;
            return PyNone.Instance;
        });
        return m;
    }

    /// <summary>faulthandler_get_fileno: an int fd, or a file object's fileno() after flushing it; None means sys.stderr.</summary>
    private static int FileDescriptor(PyObject? file, out PyObject? keep)
    {
        keep = null;
        if (file is null || file is PyNone)
        {
            file = InterpreterState.Current.SysDict?.GetItemOrNull(StrIntern.Intern("stderr"));
            if (file is null || file is PyNone) throw PyErrors.New(PyTypes.RuntimeError, "sys.stderr is None");
        }
        if (file is PyInt i)
        {
            long fd = i.AsLong();
            if (fd < 0) throw PyErrors.ValueError("file is not a valid file descripter");
            return (int)fd;
        }
        var result = PyOps.CallMethod(file, "fileno", ReadOnlySpan<PyObject>.Empty);
        if (result is not PyInt n) throw PyErrors.New(PyTypes.RuntimeError, "file.fileno() is not a valid file descriptor");
        long f = n.AsLong();
        if (f < 0) throw PyErrors.New(PyTypes.RuntimeError, "file.fileno() is not a valid file descriptor");
        // the file's own buffer goes out first, as CPython flushes before writing to the descriptor
        if (PyOps.GetAttrOrNull(file, StrIntern.Intern("flush")) is { } flush) PyOps.Call(flush, ReadOnlySpan<PyObject>.Empty);
        keep = file;
        return (int)f;
    }

    /// <summary>_Py_DumpTracebackThreads / _Py_DumpTraceback: the stacks, most recent call first.</summary>
    internal static string Dump(ThreadState? current, bool allThreads)
    {
        var sb = new StringBuilder();
        if (!allThreads)
        {
            sb.Append("Stack (most recent call first):\n");
            if (current is not null) Frames(sb, current.Frame);
            return sb.ToString();
        }
        bool first = true;
        var states = ThreadState.Snapshot();
        for (int i = states.Count - 1; i >= 0; i--)
        {
            var ts = states[i];
            if (ts.Frame is null && !ReferenceEquals(ts, current)) continue;
            if (!first) sb.Append('\n');
            first = false;
            sb.Append(ReferenceEquals(ts, current) ? "Current thread 0x" : "Thread 0x").Append(ts.Ident.ToString("x16"))
              .Append(" (most recent call first):\n");
            Frames(sb, ts.Frame);
        }
        return sb.ToString();
    }

    private static void Frames(StringBuilder sb, Frame? f)
    {
        if (f is null)
        {
            sb.Append("  <no Python frame>\n");
            return;
        }
        int depth = 0;
        for (; f is not null; f = f.Back)
        {
            if (depth++ >= MaxFrameDepth)
            {
                sb.Append("  ...\n");
                break;
            }
            var code = f.Code.Code;
            int line = f.LineNo;
            sb.Append("  File \"").Append(code.Filename).Append("\", line ")
              .Append(line > 0 ? line.ToString() : "???").Append(" in ").Append(code.Name).Append('\n');
        }
    }

    internal static unsafe void WriteAll(int fd, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        fixed (byte* p = bytes)
        {
            int done = 0;
            while (done < bytes.Length)
            {
                nint n = Write(fd, p + done, bytes.Length - done);
                if (n <= 0) return; // the descriptor is gone: nothing else to do from a dump
                done += (int)n;
            }
        }
    }

    /// <summary>dump_traceback_later's thread: waits, writes "Timeout (h:mm:ss)!" and every stack, then exits
    /// the process or waits again.</summary>
    private sealed class Watchdog
    {
        private readonly CancellationTokenSource cancel = new();
        private readonly PyObject? file;

        public Watchdog(double timeout, bool repeat, int fd, PyObject? file, bool exit)
        {
            this.file = file;
            var token = cancel.Token;
            var header = Header(timeout);
            var t = new System.Threading.Thread(() =>
            {
                do
                {
                    if (token.WaitHandle.WaitOne(TimeSpan.FromSeconds(timeout))) return;
                    WriteAll(fd, header + Dump(null, true));
                    if (exit) Environment.Exit(1);
                } while (repeat);
            }) { IsBackground = true, Name = "faulthandler-watchdog" };
            t.Start();
        }

        public void Cancel()
        {
            cancel.Cancel();
            GC.KeepAlive(file);
        }

        private static string Header(double timeout)
        {
            long us = (long)Math.Round(timeout * 1e6);
            long sec = us / 1_000_000, frac = us % 1_000_000;
            var s = $"Timeout ({sec / 3600}:{sec / 60 % 60:00}:{sec % 60:00}";
            if (frac != 0) s += $".{frac:000000}";
            return s + ")!\n";
        }
    }
}
