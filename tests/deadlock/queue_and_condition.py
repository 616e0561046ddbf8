# A consumer on an empty Queue and a Condition nobody notifies.
import asyncio


async def consumer(q):
    return await q.get()


async def cond_waiter(cond):
    async with cond:
        await cond.wait()


async def main():
    q = asyncio.Queue()
    cond = asyncio.Condition()
    try:
        await asyncio.gather(consumer(q), cond_waiter(cond))
    except RuntimeError as e:
        print("caught:", e)
    print("main continues and returns")
    return 7


print("result", asyncio.run(main()))
