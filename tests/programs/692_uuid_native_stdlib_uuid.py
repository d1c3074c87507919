# _uuid (system libuuid): uuid1 through generate_time_safe, with CPython's result shapes.
import _uuid
import uuid

raw, safe = _uuid.generate_time_safe()
print(type(raw).__name__, len(raw), safe in (0, -1), _uuid.has_uuid_generate_time_safe)
u = uuid.uuid1()
print(u.version, u.variant, u.is_safe in (uuid.SafeUUID.safe, uuid.SafeUUID.unsafe))
a, b = uuid.uuid1(), uuid.uuid1()
print(a != b, a.time <= b.time, uuid.UUID(bytes=raw).version)
try:
    _uuid.generate_time_safe(1)
except TypeError as e:
    print("TypeError", e)
