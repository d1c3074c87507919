# open() argument validation: CPython's messages, all raised before any file is touched
tests = [
    ((1.5,), {}), (([],), {}), (('x', 'rw'), {}), (('x', 'rr'), {}), (('x', 'rq'), {}), (('x', 'rbt'), {}),
    (('x', 'rb'), {'encoding': 'utf-8'}), (('x', 'rb'), {'errors': 'strict'}), (('x', 'rb'), {'newline': ''}),
    (('x', 'U'), {}), (('x', 5), {}), (('x',), {'encoding': 5}), (('x',), {'errors': 5}), (('x',), {'newline': 5}),
    (('x', 'r', 'y'), {}), (('x',), {'bogus': 1}), (('x', 'r', -1, None, None, None, True, None, 9), {}),
    (('x', 'wx'), {}), (('x', 'aw'), {}), (('x', 'tt'), {}),
]
for args, kw in tests:
    try:
        open(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
import _io
print(open is _io.open)
