# termios on a pseudo-terminal: attributes as a 7-item list (VMIN/VTIME ints in raw mode), tty.setraw,
# window size, and the errors of a non-tty and of malformed attribute lists.
import os
import termios
import tty

master, slave = os.openpty()
attrs = termios.tcgetattr(slave)
print(len(attrs), [type(a).__name__ for a in attrs], len(attrs[6]))
print(attrs[3] & termios.ICANON != 0, attrs[3] & termios.ECHO != 0, type(attrs[6][termios.VMIN]).__name__)
print(attrs[6][termios.VINTR], attrs[6][termios.VEOF])

tty.setraw(slave)
raw = termios.tcgetattr(slave)
print(raw[3] & termios.ICANON, raw[3] & termios.ECHO, raw[6][termios.VMIN], raw[6][termios.VTIME])

raw[6][termios.VMIN] = 0
raw[6][termios.VTIME] = 3
termios.tcsetattr(slave, termios.TCSANOW, raw)
print(termios.tcgetattr(slave)[6][termios.VTIME])

termios.tcsetattr(slave, termios.TCSAFLUSH, attrs)
print(termios.tcgetattr(slave) == attrs)

termios.tcsetwinsize(slave, (40, 132))
print(termios.tcgetwinsize(slave), termios.tcgetwinsize(master))
for bad in ((1, 2, 3), 5, (70000, 1)):
    try:
        termios.tcsetwinsize(slave, bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

termios.tcdrain(slave)
termios.tcflush(slave, termios.TCIOFLUSH)
termios.tcflow(slave, termios.TCOON)

for bad in (5, attrs[:6], attrs[:6] + [attrs[6][:5]], attrs[:6] + [[1.5] * termios.NCCS]):
    try:
        termios.tcsetattr(slave, termios.TCSANOW, bad)
    except TypeError as e:
        print("TypeError:", e)

r, w = os.pipe()
for fn in (termios.tcgetattr, termios.tcgetwinsize):
    try:
        fn(r)
    except termios.error as e:
        print(fn.__name__, e.args[0] == 25, type(e).__mro__[1].__name__)
try:
    termios.tcgetattr("x")
except TypeError as e:
    print("TypeError:", e)
for fd in (master, slave, r, w):
    os.close(fd)
