# 'line' and 'return' events of CPython 3.11 where control flow joins: implicit returns, jumps out of
# if/try/with/loops, break/continue/return through finally and with (the compiler's artificial code
# takes its line from the code that runs before it)
import sys


def trace_of(func, *args):
    events = []
    code = func.__code__

    def tracer(frame, event, arg):
        if frame.f_code is code:
            events.append((frame.f_lineno - code.co_firstlineno, event))
        return tracer

    sys.settrace(tracer)
    try:
        func(*args)
    except Exception as e:
        events.append(type(e).__name__)
    finally:
        sys.settrace(None)
    print(func.__name__, args, events)


def nested_ifs(a=0, p=1, z=1):
    if p:
        if a:
            if z:
                pass
            else:
                pass
    else:
        pass


trace_of(nested_ifs)
trace_of(nested_ifs, 1, 1, 0)
trace_of(nested_ifs, 0, 0)


def if_else_return(x):
    if x:
        y = 1
    else:
        y = 2
    return y


trace_of(if_else_return, 0)
trace_of(if_else_return, 1)


def try_in_try():
    try:
        try:
            pass
        except Exception as ex:
            pass
    except Exception:
        pass


trace_of(try_in_try)


def try_except_flow(x):
    try:
        if x:
            raise KeyError(x)
    except KeyError as e:
        x = 5
    except ValueError:
        x = 7
    else:
        x = 9


trace_of(try_except_flow, 0)
trace_of(try_except_flow, 1)


def loops(n):
    for i in range(n):
        if i == 1:
            continue
        if i == 3:
            break
        pass
    while n:
        n -= 1
    while True:
        n += 1
        if n > 2:
            break
    for x in range(2):
        pass


trace_of(loops, 5)


def through_finally(n):
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            if i == 5:
                return i
        finally:
            i += 10
    return -1


trace_of(through_finally, 4)
trace_of(through_finally, 7)


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


def with_exits(k):
    for i in (1, 2):
        with CM():
            if k == 0:
                break
            if k == 1:
                continue
            if k == 2:
                return i
    with CM() as c:
        pass


trace_of(with_exits, 0)
trace_of(with_exits, 1)
trace_of(with_exits, 2)
trace_of(with_exits, 3)


def class_body():
    class A:
        if 3 < 9:
            a = 1
        else:
            a = 2
    return A


trace_of(class_body)
