def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as s:
        return s.value
async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except ValueError as e:
                received.append(f"caught {e}")
                yield "after throw"
    finally:
        print("echo finally, received", received)
async def main():
    g = echo()
    out = [await g.asend(None), await g.asend("a"), await g.asend("b")]
    out.append(await g.athrow(ValueError("bad")))
    out.append(await g.asend("c"))
    await g.aclose()
    try:
        await g.asend("x")
    except StopAsyncIteration:
        out.append("stopped")
    return out
print(run(main()))
async def short():
    yield 1
async def main2():
    g = short()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    try:
        await g.athrow(KeyError("late"))
    except KeyError as e:
        print("athrow on finished generator raised", repr(e))
    print(g.ag_running, g.ag_frame, g.__name__, g.__qualname__)
run(main2())
async def bad_yield():
    try:
        yield 1
    finally:
        yield 2
async def main3():
    g = bad_yield()
    await g.asend(None)
    try:
        await g.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)
run(main3())
