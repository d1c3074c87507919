class Future:
    def __init__(self, name):
        self.name = name
        self.result = None
        self.done = False
    def __await__(self):
        if not self.done:
            yield self
        return self.result
class Loop:
    def __init__(self):
        self.ready = []
        self.waiting = {}
        self.log = []
    def spawn(self, coro, name):
        self.ready.append((coro, None, name))
    def run(self):
        tick = 0
        while self.ready or self.waiting:
            if not self.ready:
                fut, (coro, name) = next(iter(self.waiting.items()))
                del self.waiting[fut]
                fut.result = f"{fut.name}@{tick}"
                fut.done = True
                self.ready.append((coro, fut.result, name))
                continue
            coro, value, name = self.ready.pop(0)
            tick += 1
            try:
                fut = coro.send(value)
                self.log.append(f"{name} waits on {fut.name}")
                self.waiting[fut] = (coro, name)
            except StopIteration as s:
                self.log.append(f"{name} finished with {s.value!r}")
        return self.log
async def worker(name, steps):
    got = []
    for i in range(steps):
        got.append(await Future(f"{name}-{i}"))
    return got
loop = Loop()
loop.spawn(worker("A", 2), "A")
loop.spawn(worker("B", 1), "B")
for line in loop.run():
    print(line)
