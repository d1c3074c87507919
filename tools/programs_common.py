"""Shared helpers for tools/regen_program_outputs.py and tools/run_programs.py.

Both scripts must run a program exactly the same way, or the golden files would not
mean what the runner thinks they mean.
"""

import fnmatch
import os
import re
import signal
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS_DIR = os.path.join(ROOT, "tests", "programs")
REFERENCE = "/usr/bin/python3.11"
PROGRAM_NAME = re.compile(r"^\d{3,4}_[A-Za-z0-9_]+\.py$")
DIR_PLACEHOLDER = "<programs>"


def list_programs(pattern=None):
    names = sorted(n for n in os.listdir(PROGRAMS_DIR) if PROGRAM_NAME.match(n))
    if pattern:
        if any(c in pattern for c in "*?["):
            names = [n for n in names if fnmatch.fnmatch(n, pattern)]
        else:
            names = [n for n in names if pattern in n]
    return names


def environment(hash_seed="0"):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = hash_seed
    env["PYTHONIOENCODING"] = "utf-8"
    # Keep the user's site and startup hooks out of the comparison.
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONWARNINGS", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def normalise_stderr(text):
    # Tracebacks name the script by absolute path, which differs between checkouts;
    # the golden files store it relative to a placeholder instead.
    return text.replace(PROGRAMS_DIR + os.sep, DIR_PLACEHOLDER + "/")


def run_program(interp_argv, name, timeout, hash_seed="0"):
    """Runs one program; returns (stdout, stderr, exit code or None on timeout)."""
    argv = list(interp_argv) + ["-X", "utf8", name]
    # A session of its own, so that a timeout kills wrapper scripts and their children too.
    proc = subprocess.Popen(argv, cwd=PROGRAMS_DIR, env=environment(hash_seed),
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        code = proc.returncode
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
        code = None
    out = out.decode("utf-8", "replace")
    err = err.decode("utf-8", "replace")
    return out, normalise_stderr(err), code


def golden_paths(name):
    stem = os.path.join(PROGRAMS_DIR, name[:-3])
    return stem + ".out", stem + ".err", stem + ".code"
