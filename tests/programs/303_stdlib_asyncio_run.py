import asyncio
async def worker(name, delay_steps, results):
    for i in range(delay_steps):
        await asyncio.sleep(0)
    results.append(name)
    return name.upper()
async def main():
    results = []
    values = await asyncio.gather(worker("slow", 3, results), worker("fast", 1, results), worker("mid", 2, results))
    print(values, results)
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def consumer():
        items = []
        while (item := await q.get()) is not None:
            items.append(item)
        return items
    _, consumed = await asyncio.gather(producer(), consumer())
    print(consumed)
    try:
        await asyncio.wait_for(asyncio.Event().wait(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    t = asyncio.create_task(worker("task", 1, results))
    print(await t, t.done())
    async def fails():
        raise ValueError("task failed")
    try:
        await asyncio.gather(fails(), worker("x", 1, []))
    except ValueError as e:
        print("gather raised", e)
    return "main done"
print(asyncio.run(main()))
