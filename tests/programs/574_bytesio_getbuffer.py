# BytesIO.getbuffer(): a writable view sharing the stream; resizing while exported is a BufferError
import _io
b = _io.BytesIO(b'abc'); m = b.getbuffer(); m[0] = ord('X'); print(b.getvalue(), len(m), m.readonly, bytes(m))
for op in [lambda: b.write(b'long data'), lambda: b.truncate(1), lambda: b.close(), lambda: b.seek(0) or b.write(b'Y')]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
m.release(); b.write(b'zz'); print(b.getvalue())
with b.getbuffer() as v:
    print(v.tobytes())
b.write(b'!'); print(b.getvalue(), b.read())
