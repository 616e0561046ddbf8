# notify(n), notify(0), notify_all(): how many wake and in which order;
# notify counts only waiters not already notified.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

woke = []

async def waiter(i, cond):
    async with cond:
        r = await cond.wait()
        woke.append((i, r))

async def settle():
    for _ in range(6):
        await asyncio.sleep(0)

async def main():
    cond = asyncio.Condition()
    ws = [asyncio.create_task(waiter(i, cond)) for i in range(7)]
    await asyncio.sleep(0)
    print(br(cond))
    async with cond:
        cond.notify(0)
        print("notify(0):", br(cond))
    await settle()
    print(woke, br(cond))
    async with cond:
        cond.notify(2)
        cond.notify(1)        # the first two are done: the third is woken
    await settle()
    print(woke, br(cond)); woke.clear()
    async with cond:
        cond.notify(-1)
        print("notify(-1):", br(cond))
    await settle()
    print(woke, br(cond))
    async with cond:
        cond.notify(10)       # more than waiting: wakes the remaining 4
    await settle()
    print(woke, br(cond)); woke.clear()
    ws = [asyncio.create_task(waiter(i, cond)) for i in range(10, 13)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        print("notify_all:", br(cond))
    await settle()
    print(woke, br(cond))
    print(cond.notify_all.__name__, cond.notify.__name__)

asyncio.run(main())
