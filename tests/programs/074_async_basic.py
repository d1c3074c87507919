class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield self.value
        return got
def run(coro):
    to_send = None
    steps = 0
    while True:
        try:
            yielded = coro.send(to_send)
        except StopIteration as stop:
            return stop.value, steps
        steps += 1
        print("  loop got", yielded)
        to_send = yielded * 10
async def child(x):
    r = await Suspend(x)
    return r + 1
async def main():
    a = await child(1)
    b = await child(2)
    return [a, b]
print(run(main()))
c = main()
print(type(c).__name__)
c.close()
async def raiser():
    await Suspend(5)
    raise ValueError("inside coroutine")
try:
    run(raiser())
except ValueError as e:
    print("caught", e)
async def simple():
    return "no await"
co = simple()
try:
    co.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
try:
    co.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
class NotAwaitable:
    pass
async def bad():
    await NotAwaitable()
try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
