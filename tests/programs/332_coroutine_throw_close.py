class Yield:
    def __await__(self):
        return (yield "suspended")
async def worker():
    log = []
    try:
        while True:
            try:
                v = await Yield()
                log.append(v)
            except KeyError as e:
                log.append(f"handled {e!r}")
    finally:
        print("worker finally", log)
c = worker()
print(c.send(None), c.send(1), c.throw(KeyError("k")), c.send(2))
c.close()
print(c.cr_frame, c.cr_running, c.cr_await, type(c).__name__, c.__qualname__)
c2 = worker()
c2.send(None)
try:
    c2.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated", e)
async def returns():
    return 5
c3 = returns()
try:
    c3.throw(TypeError("before start"))
except TypeError as e:
    print("thrown into unstarted:", e)
try:
    c3.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c4 = returns()
try:
    c4.send(1)
except TypeError as e:
    print(type(e).__name__, e)
c4.close()
aw = returns().__await__()
print(type(aw).__name__)
try:
    next(aw)
except StopIteration as e:
    print("await iterator result", e.value)
