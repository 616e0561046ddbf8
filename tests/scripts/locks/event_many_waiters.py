# Many waiters are woken in the order they started waiting; a task created
# just before set() takes the fast path and runs first (CPython's test_wait).
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

result = []

async def waiter(i, ev):
    if await ev.wait():
        result.append(i)
    await asyncio.sleep(0)
    result.append(-i)

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(i, ev)) for i in (1, 2, 3, 4, 5)]
    await asyncio.sleep(0)
    print("waiting:", br(ev), result)
    late = asyncio.create_task(waiter(9, ev))
    ev.set()
    print("set:", br(ev))
    await asyncio.sleep(0)
    print("one step:", result, br(ev))
    await asyncio.gather(*ts, late)
    print("all:", result, br(ev))
    # waiters that started waiting in a different order
    ev.clear()
    result.clear()
    ts = []
    for i in (30, 10, 20):
        ts.append(asyncio.create_task(waiter(i, ev)))
        await asyncio.sleep(0)
    print("waiting:", br(ev))
    ev.set()
    await asyncio.gather(*ts)
    print(result)

asyncio.run(main())
