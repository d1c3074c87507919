# asyncio reports a Future whose exception was never retrieved, and a Task destroyed while pending,
# when the GC collects them (Future.__del__ / Task.__del__).
import asyncio
import gc

messages = []


def handler(loop, context):
    messages.append((context["message"], type(context.get("exception")).__name__))


loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)


def lose():
    fut = loop.create_future()
    fut.set_exception(ZeroDivisionError("x"))


lose()
gc.collect()
print(messages)
messages.clear()


def retrieved():
    fut = loop.create_future()
    fut.set_exception(ZeroDivisionError("x"))
    fut.exception()


retrieved()
gc.collect()
print(messages)


async def forever():
    await loop.create_future()


def pending_task():
    task = loop.create_task(forever())
    loop.run_until_complete(asyncio.sleep(0))


pending_task()
gc.collect()
print([m for m, _ in messages])
loop.close()
