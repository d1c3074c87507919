class Tick:
    def __await__(self):
        yield
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as s:
            return s.value
async def agen(n):
    for i in range(n):
        await Tick()
        yield i * i
    print("agen exhausted")
async def main():
    res = [x async for x in agen(4)]
    res2 = [x async for x in agen(5) if x % 2]
    g = agen(3)
    first = await g.__anext__()
    second = await anext(g)
    rest = [x async for x in g]
    try:
        await anext(g)
    except StopAsyncIteration:
        rest.append("stop")
    dflt = await anext(agen(0), "default")
    return res, res2, first, second, rest, dflt
print(run(main()))
async def closing():
    try:
        yield 1
        yield 2
    finally:
        print("async gen finally")
async def main2():
    g = closing()
    print(await g.asend(None))
    await g.aclose()
    print(type(g).__name__, type(g.__aiter__()).__name__ if False else "")
run(main2())
async def gen_in_gen():
    return {k: v async for k, v in pairs()}
async def pairs():
    yield "a", 1
    yield "b", 2
print(run(gen_in_gen()))
