# os.posix_spawn / posix_spawnp: environment, file actions, flags, argument errors
import os, sys, tempfile, signal

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def wait(pid):
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])

print(os.POSIX_SPAWN_OPEN, os.POSIX_SPAWN_CLOSE, os.POSIX_SPAWN_DUP2)
with tempfile.TemporaryDirectory() as d:
    out = os.path.join(d, "out")
    pid = os.posix_spawn("/bin/sh", ["/bin/sh", "-c", 'echo "$FOO $0"'], {"FOO": "bar"},
                         file_actions=[(os.POSIX_SPAWN_OPEN, 1, out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)])
    print(wait(pid), open(out).read())
    with open(out, "wb") as f:
        pid = os.posix_spawnp("echo", ["echo", "dup2", "works"], os.environ,
                              file_actions=[(os.POSIX_SPAWN_DUP2, f.fileno(), 1)])
        print(wait(pid))
    print(open(out).read())
    pid = os.posix_spawnp("sh", ["sh", "-c", "exec 2>/dev/null; echo x >&1"], os.environ,
                          file_actions=[(os.POSIX_SPAWN_CLOSE, 1)])
    print(wait(pid) != 0)
    pid = os.posix_spawn("/bin/sh", ["/bin/sh", "-c", "kill -USR1 $$"], os.environ, setsigdef=[signal.SIGUSR1])
    print(wait(pid) == -signal.SIGUSR1)
    pid = os.posix_spawn("/bin/sh", ["/bin/sh", "-c", "exit 3"], os.environ, setpgroup=0, resetids=True, setsigmask=[signal.SIGUSR2])
    print(wait(pid))

e = None
try:
    os.posix_spawn("/nonexistent/prog", ["prog"], os.environ)
except FileNotFoundError as exc:
    e = exc
print(type(e).__name__, e.errno, e.filename)
args = ["/bin/true"]
show("argv-type", lambda: os.posix_spawn("/bin/true", "x", os.environ))
show("argv-empty", lambda: os.posix_spawn("/bin/true", [], os.environ))
show("argv0-empty", lambda: os.posix_spawn("/bin/true", [""], os.environ))
show("env-type", lambda: os.posix_spawn("/bin/true", args, None))
show("env-name", lambda: os.posix_spawn("/bin/true", args, {"A=B": "x"}))
show("fa-none", lambda: os.posix_spawn("/bin/true", args, os.environ, file_actions=[None]))
show("fa-empty", lambda: os.posix_spawn("/bin/true", args, os.environ, file_actions=[()]))
show("fa-tag", lambda: os.posix_spawn("/bin/true", args, os.environ, file_actions=[(12345,)]))
show("fa-close", lambda: os.posix_spawn("/bin/true", args, os.environ, file_actions=[(os.POSIX_SPAWN_CLOSE,)]))
show("fa-dup2", lambda: os.posix_spawn("/bin/true", args, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, 1)]))
show("fa-open", lambda: os.posix_spawn("/bin/true", args, os.environ, file_actions=[(os.POSIX_SPAWN_OPEN, 3, "a\0b", 0, 0)]))
show("sigmask-type", lambda: os.posix_spawn("/bin/true", args, os.environ, setsigmask=34))
show("sigmask-range", lambda: os.posix_spawn("/bin/true", args, os.environ, setsigmask=[signal.NSIG]))
show("resetids", lambda: os.posix_spawn("/bin/true", args, os.environ, resetids=None))
show("setpgroup", lambda: os.posix_spawn("/bin/true", args, os.environ, setpgroup="1"))
show("positional", lambda: os.posix_spawn("/bin/true", args, os.environ, None))
