# as_completed yields in completion order; timeout; async iteration form.
import asyncio

async def val(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    coros = [val("slow", 0.03), val("fast", 0.01), val("mid", 0.02)]
    for fut in asyncio.as_completed(coros):
        print("completed:", await fut)
    it = asyncio.as_completed([val(i, 0.01 * (3 - i)) for i in range(3)])
    print("iterator type:", type(it).__name__)
    async for t in asyncio.as_completed([val(i, 0.01 * (3 - i)) for i in range(3)]):
        print("async for got task done:", t.done(), t.result())
    tasks = [asyncio.create_task(val(c, d)) for c, d in [("p", 0.02), ("q", 0.01)]]
    async for t in asyncio.as_completed(tasks):
        print("same task object:", t in tasks, t.result())
    try:
        for fut in asyncio.as_completed([val("ok", 0.01), val("late", 1)], timeout=0.1):
            print("got", await fut)
    except TimeoutError as e:
        print("as_completed timeout:", type(e).__name__)
    async def bad():
        await asyncio.sleep(0.01)
        raise ValueError("bad one")
    for fut in asyncio.as_completed([bad(), val("good", 0.02)]):
        try:
            print("result:", await fut)
        except ValueError as e:
            print("raised:", e)
    print("empty:", [x for x in asyncio.as_completed([])])

asyncio.run(main())
