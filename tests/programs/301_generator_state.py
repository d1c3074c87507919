def g():
    yield 1
    yield 2
it = g()
print(it.gi_running, it.gi_frame.f_lineno if it.gi_frame else None, it.gi_code.co_name, it.gi_yieldfrom)
next(it)
print(it.gi_frame.f_lineno)
def outer():
    yield from g()
o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__)
list(o)
print(o.gi_frame, o.gi_yieldfrom)
def locals_gen(a):
    b = a * 2
    yield
    c = b + 1
    yield
gl = locals_gen(5)
next(gl)
print(sorted(gl.gi_frame.f_locals.items()))
next(gl)
print(sorted(gl.gi_frame.f_locals.items()))
import_inspect = None
print(type(g).__name__, type(g()).__name__, g.__code__.co_flags & 0x20 == 0x20)
