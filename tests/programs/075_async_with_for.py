class Tick:
    def __await__(self):
        yield "tick"
class ACM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await Tick()
        print("aenter", self.name)
        return self.name
    async def __aexit__(self, et, ev, tb):
        await Tick()
        print("aexit", self.name, et.__name__ if et else None)
        return et is KeyError
class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as s:
            return s.value, ticks
async def main():
    async with ACM("one") as n:
        print("inside", n)
    async with ACM("two"):
        raise KeyError("swallowed")
    out = []
    async for i in ARange(3):
        out.append(i)
    else:
        out.append("else")
    async with ACM("a") as a, ACM("b") as b:
        out.append(a + b)
    return out
print(run(main()))
async def bad_iter():
    async for x in [1, 2]:
        pass
try:
    run(bad_iter())
except TypeError as e:
    print(type(e).__name__, e)
async def bad_with():
    async with ACM:
        pass
try:
    run(bad_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
