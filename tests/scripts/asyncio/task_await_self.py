# A task awaiting itself, awaiting a task from another loop, and a bad yield.
import asyncio

async def selfish():
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    return "selfish done"

class BareYield:
    def __await__(self):
        yield 123

class YieldNone:
    def __await__(self):
        yield

async def bad_yield():
    await BareYield()

async def main():
    print(await asyncio.create_task(selfish()))
    t = asyncio.create_task(bad_yield())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e)
    n = 0
    async def bare():
        nonlocal n
        for _ in range(3):
            await YieldNone()
            n += 1
        return n
    print("bare yields act like sleep(0):", await asyncio.create_task(bare()))
    other = asyncio.new_event_loop()
    fut = other.create_future()
    async def wait_other():
        await fut
    t2 = asyncio.create_task(wait_other())
    try:
        await t2
    except RuntimeError as e:
        msg = str(e)
        print("RuntimeError:", msg.split(" ")[0], "|", msg.split(" got ")[1].split(" coro=")[0])
    other.close()
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
