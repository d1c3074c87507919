# f_trace_lines / f_trace_opcodes, local trace function replaced and cleared, gettrace inside
import sys

events = []
def local(frame, event, arg):
    events.append((event, frame.f_lineno - BASE))
    if event == 'line' and frame.f_lineno - BASE == 6:
        frame.f_trace_lines = False
    return local

def glob(frame, event, arg):
    if frame.f_code.co_name == 'target':
        frame.f_trace_opcodes = True
        events.append(('call', frame.f_trace_lines, frame.f_trace_opcodes, sys.gettrace() is None))
        return local
    return None

BASE = sys._getframe().f_lineno
def target(a):
    b = a + 1
    c = b * 2
    return c

sys.settrace(glob)
target(1)
sys.settrace(None)
kinds = {}
for e in events:
    kinds[e[0]] = kinds.get(e[0], 0) + 1
print(events[0])
print(sorted(kinds.items()))
print([e for e in events if e[0] != 'opcode'])
