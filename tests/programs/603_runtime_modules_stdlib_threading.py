# The runtime-level native modules: marshal, hashlib, contextvars, threading, signal, weakref+gc, atexit.
import marshal, hashlib, contextvars, threading, signal, weakref, gc, atexit, _thread, types

for v in [None, True, -5, 2**100, 1.5, 2j, 'héllo', b'xy', (1, 'a'), [1, {'k': (2, 3)}], {1, 2}, frozenset([3]), ...]:
    assert marshal.loads(marshal.dumps(v)) == v, v
print(marshal.loads(marshal.dumps((1, 'ab', 2**40, 1.5))))
try:
    marshal.dumps(object())
except ValueError as e:
    print('ValueError', e)

print(hashlib.sha256(b'abc').hexdigest()[:16], hashlib.md5(b'').hexdigest(), hashlib.new('sha1', b'x').hexdigest()[:8])
h = hashlib.sha512(); h.update(b'a'); h2 = h.copy(); h2.update(b'b')
print(h.hexdigest()[:8], h2.hexdigest()[:8], h.digest_size, h.name)

var = contextvars.ContextVar('var', default=0)
tok = var.set(1)
ctx = contextvars.copy_context()
var.reset(tok)
print(var.get(), ctx[var], ctx.run(lambda: (var.set(9), var.get())[1]), var.get())

results = []
lock = threading.Lock()
def work(n):
    total = 0
    for i in range(n):
        total += i
    with lock:
        results.append(total)
threads = [threading.Thread(target=work, args=(10000 * (k + 1),)) for k in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(results))
rl = threading.RLock()
with rl:
    with rl:
        print('rlock reentrant')
ev = threading.Event()
threading.Timer(0.01, ev.set).start()
print('event', ev.wait(5))

got = []
old = signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
signal.raise_signal(signal.SIGUSR1)
print(got, old, signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')

class A:
    pass
dead = []
def make():
    a = A()
    return weakref.ref(a, lambda r: dead.append(r() is None))
r = make()
gc.collect()
print(r(), dead)
d = weakref.WeakValueDictionary()
k = A(); d['k'] = k
print(len(d), 'k' in d)
try:
    weakref.ref(1)
except TypeError as e:
    print('TypeError', e)

print(types.MethodType(lambda self, x: (self, x), 'me')(5))
atexit.register(print, 'atexit ran', 2)
atexit.register(print, 'atexit ran', 1)
