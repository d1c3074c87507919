# sys.setprofile: call/return for Python frames, c_call/c_return/c_exception for builtins
import sys

def prof(frame, event, arg):
    name = getattr(arg, '__name__', None) if event.startswith('c_') else (arg if event == 'return' else None)
    print(f"{event:11} {frame.f_code.co_name:8} {name!r}")

def f(xs):
    xs.append(len(xs))
    try:
        int("x")
    except ValueError:
        pass
    return sorted(xs, key=abs)

def g():
    yield 1
    yield 2

sys.setprofile(prof)
f([3, -1])
for v in g():
    pass
max(*[1, 2])
sys.setprofile(None)
print("getprofile after", sys.getprofile())
