"""The .py files the checks and benchmarks walk: files given as is, folders walked in sorted order."""
import os


def files(args):
    for a in args:
        if os.path.isdir(a):
            for root, dirs, fs in os.walk(a):
                dirs.sort()
                for f in sorted(fs):
                    if f.endswith(".py"):
                        yield os.path.join(root, f)
        else:
            yield a
