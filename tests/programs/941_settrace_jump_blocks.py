# f_lineno jumps into, out of and across compound statements: for, while, with, try/except/finally
import sys


class Jumper:
    def __init__(self, func, frm, to):
        self.code = func.__code__
        self.first = self.code.co_firstlineno
        self.frm, self.to = frm, to
        self.done = False
        self.error = None

    def trace(self, frame, event, arg):
        if self.done:
            return None
        if frame.f_code is self.code and event == 'line' and frame.f_lineno == self.first + self.frm:
            self.done = True
            try:
                frame.f_lineno = self.first + self.to
            except ValueError as e:
                self.error = str(e)
        return self.trace


def run(func, frm, to):
    j = Jumper(func, frm, to)
    out = []
    sys.settrace(j.trace)
    try:
        func(out)
    except Exception as e:
        out.append(type(e).__name__)
    finally:
        sys.settrace(None)
    print(f"{func.__name__} {frm}->{to}: {out}" + (f"  ({j.error})" if j.error else ""))


class CM:
    def __init__(self, out, n):
        self.out, self.n = out, n

    def __enter__(self):
        self.out.append(self.n)
        return self

    def __exit__(self, *exc):
        self.out.append(-self.n)


def loops(out):
    out.append(1)
    for i in 1, 2:
        out.append(3)
        for j in [4]:
            out.append(5)
        out.append(6)
    out.append(7)
    while len(out) < 12:
        out.append(9)
    out.append(10)


run(loops, 5, 7)
run(loops, 6, 1)
run(loops, 1, 3)
run(loops, 1, 5)
run(loops, 7, 5)
run(loops, 7, 9)
run(loops, 10, 9)
run(loops, 3, 7)


def withs(out):
    out.append(1)
    with CM(out, 2):
        out.append(3)
    with CM(out, 4) as c:
        out.append(5)
        with CM(out, 6):
            out.append(7)
        out.append(8)
    out.append(9)


run(withs, 3, 9)
run(withs, 3, 1)
run(withs, 1, 3)
run(withs, 3, 5)
run(withs, 7, 8)
run(withs, 7, 9)
run(withs, 8, 7)
run(withs, 9, 1)


def tries(out):
    out.append(1)
    try:
        out.append(3)
        1 / 0
    except ZeroDivisionError as e:
        out.append(6)
        out.append(sys.exc_info()[0].__name__)
    finally:
        out.append(9)
    out.append(sys.exc_info()[0])


run(tries, 3, 9)
run(tries, 6, 9)
run(tries, 7, 10)
run(tries, 7, 1)
run(tries, 1, 6)
run(tries, 1, 9)
run(tries, 3, 6)
run(tries, 10, 3)


def finally_raise(out):
    try:
        out.append(2)
        1 / 0
        return
    finally:
        out.append(6)
        out.append(7)
        try:
            out.append(9)
        finally:
            out.append(11)
        out.append(12)
    out.append(13)


run(finally_raise, 6, 7)
run(finally_raise, 6, 12)
run(finally_raise, 9, 13)
run(finally_raise, 6, 2)
run(finally_raise, 12, 9)


def bare_except(out):
    try:
        out.append(2)
        out.append(3)
        raise KeyError
    except:
        out.append(6)
        out.append(7)
    out.append(8)


run(bare_except, 2, 6)
run(bare_except, 3, 7)
run(bare_except, 7, 2)
run(bare_except, 6, 8)


def nested_exc_state(out):
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise ValueError('inner')
        except ValueError:
            out.append(repr(sys.exc_info()[1]))
            out.append(8)
        out.append(repr(sys.exc_info()[1]))
    out.append(sys.exc_info()[1])


run(nested_exc_state, 8, 10)
run(nested_exc_state, 8, 11)
run(nested_exc_state, 10, 2)


def while_true(out):
    out.append(1)
    while True:
        out.append(3)
        if len(out) > 3:
            return
    out.append(6)


run(while_true, 3, 6)


def else_blocks(out):
    out.append(1)
    if not out:
        for i in [3]:
            out.append(4)
        else:
            out.append(6)
    else:
        out.append(8)
        out.append(9)
    out.append(10)


run(else_blocks, 1, 9)
run(else_blocks, 9, 4)
run(else_blocks, 9, 6)


def comprehension(out):
    out.append(1)
    x = [i for i in range(3)]
    out.append(x)
    out.append(4)


run(comprehension, 1, 3)
run(comprehension, 4, 2)
run(comprehension, 4, 1)
