class Gen:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def agen():
    yield "x"
    yield "y"
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as s:
        return s.value
async def main():
    it = aiter(Gen(2))
    out = [await anext(it), await anext(it), await anext(it, "default")]
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    g = aiter(agen())
    out.append(await anext(g))
    out.append(await anext(g))
    out.append(await anext(g, "done"))
    return out
print(run(main()))
for bad in (lambda: aiter([1]), lambda: anext(iter([1]))):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
