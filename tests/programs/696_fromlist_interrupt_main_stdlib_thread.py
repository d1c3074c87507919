# __import__'s fromlist: '*' expands __all__ once (a '*' inside __all__ is skipped), non-str items name
# where they came from; _thread.interrupt_main checks the signal number, does nothing for a signal
# Python does not handle, and raises at once when called on the main thread
import _thread
import signal
import sys
import types

m = types.ModuleType('pkg')
m.__path__ = []
m.__all__ = ['*']
sys.modules['pkg'] = m
print(__import__('pkg', fromlist=['*']).__name__, hasattr(m, '*'))
try:
    __import__('pkg', fromlist=[1])
except TypeError as e:
    print(e)
m.__all__ = [2]
try:
    __import__('pkg', fromlist=['*'])
except TypeError as e:
    print(e)

for s in (-1, 0, signal.NSIG, 1000000):
    try:
        _thread.interrupt_main(s)
    except ValueError as e:
        print('ValueError', e)
try:
    _thread.interrupt_main()
    print('not raised')
except KeyboardInterrupt:
    print('KeyboardInterrupt')
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
_thread.interrupt_main(signal.SIGUSR1)
got = []
signal.signal(signal.SIGUSR2, lambda s, f: got.append(s))
_thread.interrupt_main(signal.SIGUSR2)
print(got == [signal.SIGUSR2])
