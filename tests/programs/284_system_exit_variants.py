import sys
try:
    sys.exit()
except SystemExit as e:
    print("no arg:", repr(e.code))
try:
    sys.exit(0)
except SystemExit as e:
    print("zero:", e.code)
try:
    exit(5) if False else sys.exit([1, 2])
except SystemExit as e:
    print("list:", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("bare:", e.code, e.args)
print("SystemExit is not an Exception:", not isinstance(SystemExit(), Exception))
try:
    try:
        sys.exit(2)
    except Exception:
        print("not caught here")
except BaseException as e:
    print("caught as BaseException", type(e).__name__, e.code)
sys.exit(None)
