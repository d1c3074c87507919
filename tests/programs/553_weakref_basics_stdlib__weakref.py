# _weakref basics used by _weakrefset/abc (ref sharing, counts, hashing, WeakSet, proxy).
import _weakref
class A: pass
a = A()
r = _weakref.ref(a)
print(r() is a, r is _weakref.ref(a), _weakref.getweakrefcount(a), _weakref.getweakrefs(a) == [r])
calls = []
r2 = _weakref.ref(a, lambda ref: calls.append(ref))
print(r2 is not r, _weakref.getweakrefcount(a), hash(r) == hash(a), r == r2, r.__callback__ is None)
try: _weakref.ref(1)
except TypeError as e: print(e)
import _weakrefset
s = _weakrefset.WeakSet([a])
print(len(s), a in s, list(s) == [a])
import os
print(os.DirEntry[str])
p = _weakref.proxy(a)
a.x = 5
print(p.x)
