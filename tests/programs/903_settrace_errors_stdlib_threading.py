# a trace function that raises is unset; exceptions raised in traced code; threading.settrace
import sys, threading

def bad(frame, event, arg):
    if event == 'line':
        raise RuntimeError("from tracer")
    return bad

def work():
    x = 1
    return x

sys.settrace(bad)
try:
    work()
except RuntimeError as e:
    print("caught", e)
print("trace after error:", sys.gettrace())

seen = []
def tt(frame, event, arg):
    if frame.f_code.co_name == 'job':
        seen.append(event)
        return tt
threading.settrace(tt)
def job():
    y = 2
    return y
t = threading.Thread(target=job)
t.start(); t.join()
threading.settrace(None)
print(seen)
print("main trace:", sys.gettrace())

# settrace from inside a frame: f_trace set on the caller takes effect at its next line
def caller():
    sys._getframe().f_trace = lambda fr, ev, a: (print("caller", ev, fr.f_lineno - BASE), None)[1]
    sys.settrace(lambda fr, ev, a: None)
    a = 1
    b = 2
    sys.settrace(None)
    return a + b
BASE = sys._getframe().f_lineno - 8
print(caller())
