# except* against exception groups: matching, wrapping naked exceptions, re-raising, subclass split.
def run(body):
    try:
        body()
    except BaseException as e:
        return describe(e)
    return "no exception"

def describe(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(describe(x) for x in e.exceptions)}])"
    return repr(e)

def naked():
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("caught:", describe(g), type(g).__name__, g.__traceback__ is not None)
print(run(naked))

def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as g:
        print("values:", describe(g))
print(run(partial))

def both():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        print("v:", describe(g))
    except* TypeError as g:
        print("t:", describe(g))
print(run(both))

def reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
print(run(reraise))

def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
print(run(raise_new))

def base_group():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as g:
        print("ki:", describe(g))
print(run(base_group))

class MyEG(ExceptionGroup):
    def split(self, matcher):
        print("MyEG.split called")
        return super().split(matcher)
def custom():
    try:
        raise MyEG("mine", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        print("custom:", describe(g))
print(run(custom))

def star_group_type():
    try:
        raise ValueError()
    except* ExceptionGroup:
        pass
print(run(star_group_type))
