# TextIOWrapper with a BOM-writing codec (utf-16 via the codecs module): no second BOM after seek/append
import _io
b = _io.BytesIO()
t = _io.TextIOWrapper(b, encoding='utf-16')
t.write('ab'); t.flush()
pos = t.tell()
t.write('c'); t.seek(pos); t.write('d'); t.flush()
print(b.getvalue())
t.seek(0); t.write('z'); t.flush(); print(b.getvalue())
b2 = _io.BytesIO(b.getvalue()); b2.seek(0, 2)
t2 = _io.TextIOWrapper(b2, encoding='utf-16'); t2.write('q'); t2.flush(); print(b2.getvalue())
t2.seek(0); print(repr(t2.read()))
