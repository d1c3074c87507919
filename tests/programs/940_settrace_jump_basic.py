# Setting frame.f_lineno from a trace function: simple jumps and the rules on when a jump is allowed
import sys


class Jumper:
    """Jumps once, at the given event on line `frm` (relative to the def line), to line `to`."""

    def __init__(self, func, frm, to, event='line'):
        self.code = func.__code__
        self.first = self.code.co_firstlineno
        self.frm, self.to, self.event = frm, to, event
        self.done = False
        self.error = None

    def trace(self, frame, event, arg):
        if self.done:
            return None
        if frame.f_code is self.code and event == self.event and frame.f_lineno == self.first + self.frm:
            self.done = True
            try:
                frame.f_lineno = self.first + self.to if type(self.to) is int else self.to
            except (ValueError, TypeError, AttributeError) as e:
                self.error = f"{type(e).__name__}: {e}"
            if self.event == 'line':
                print('  after the jump f_lineno is', frame.f_lineno - self.first)
        return self.trace


def run(func, frm, to, event='line'):
    j = Jumper(func, frm, to, event)
    out = []
    sys.settrace(j.trace)
    try:
        func(out)
    except Exception as e:
        out.append(type(e).__name__)
    finally:
        sys.settrace(None)
    print(f"{func.__name__} {frm}->{to} [{event}]: {out}" + (f"  ({j.error})" if j.error else ""))


def straight(out):
    out.append(1)
    out.append(2)
    out.append(3)
    out.append(4)


run(straight, 1, 3)
run(straight, 2, 1)
run(straight, 3, 3)
run(straight, 4, 2)
run(straight, 1, 5)
run(straight, 1, 40)
run(straight, 2, -3)
run(straight, 1, "three")
run(straight, 1, 2.0)
run(straight, 1, True)
run(straight, 1, 10 ** 30)
run(straight, 0, 2, 'call')
run(straight, 4, 1, 'return')


def codeless(out):
    out.append(1)
    # a comment: jumping here goes to the next line with code

    out.append(4)
    out.append(5)


run(codeless, 1, 2)
run(codeless, 1, 3)
run(codeless, 5, 2)


def raising(out):
    out.append(1)
    1 / 0


run(raising, 2, 1, 'exception')


def gen_user(out):
    def gen():
        out.append(2)
        yield 3
        out.append(4)
    next(gen())
    out.append(6)


# the 'return' event of a yield may jump (in the generator's frame)
class YieldJumper(Jumper):
    def trace(self, frame, event, arg):
        if self.done:
            return None
        if frame.f_code.co_name == 'gen' and event == 'return':
            self.done = True
            try:
                frame.f_lineno = frame.f_code.co_firstlineno + 1
            except ValueError as e:
                self.error = str(e)
        return self.trace


out = []
yj = YieldJumper(gen_user, 0, 0)
sys.settrace(yj.trace)
gen_user(out)
sys.settrace(None)
print('yield return event jump:', out, yj.error)


# f_lineno can only be set from a trace function, on the traced frame
def no_trace():
    f = sys._getframe()
    try:
        f.f_lineno = f.f_lineno
    except ValueError as e:
        print('no trace function:', e)
    try:
        del f.f_lineno
    except AttributeError as e:
        print('delete:', e)


no_trace()


def outer_tracer(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'callee':
        try:
            frame.f_back.f_lineno = frame.f_back.f_lineno
        except ValueError as e:
            print('caller frame:', e)
        return None
    return outer_tracer if frame.f_code.co_name == 'callee' else None


def callee():
    return 1


def caller():
    return callee()


sys.settrace(outer_tracer)
caller()
sys.settrace(None)


# a jump from a line event still delivers the opcode event, at the target
def opcodes(out):
    out.append(1)
    out.append(2)
    out.append(3)


events = []


def op_tracer(frame, event, arg):
    if frame.f_code is opcodes.__code__:
        frame.f_trace_opcodes = True
        rel = frame.f_lineno - opcodes.__code__.co_firstlineno
        if event in ('line', 'opcode') and (rel, event) not in events:
            events.append((rel, event))
        if event == 'line' and rel == 1 and len(events) < 3:
            frame.f_lineno = opcodes.__code__.co_firstlineno + 3
        if event == 'opcode' and rel == 3:
            try:
                frame.f_lineno = opcodes.__code__.co_firstlineno + 1
            except ValueError as e:
                if str(e) not in events:
                    events.append(str(e))
    return op_tracer


out = []
sys.settrace(op_tracer)
opcodes(out)
sys.settrace(None)
print(out, events)
