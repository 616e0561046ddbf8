# wait_for(predicate): returns the predicate's (truthy) value, checks it
# before waiting, and re-waits on spurious notifications.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

items = []
calls = []

def pred():
    calls.append(len(items))
    return items[:] if len(items) >= 2 else len(items) * 0

async def consumer(cond):
    async with cond:
        r = await cond.wait_for(pred)
        return r

async def main():
    cond = asyncio.Condition()
    async with cond:
        print("already true:", await cond.wait_for(lambda: "yes"), br(cond))
        print("truthy int:", await cond.wait_for(lambda: 7))
    t = asyncio.create_task(consumer(cond))
    await asyncio.sleep(0)
    print("calls:", calls, br(cond))
    for v in ("x", "y"):
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print("after", v, "calls:", calls, br(cond))
    r = await t
    print("result:", r, type(r).__name__, "calls:", calls)
    # notify without changing state: a spurious wake-up re-waits
    flag = []
    t = asyncio.create_task(consumer2(cond, flag))
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            if i == 2:
                flag.append("go")
            cond.notify()
        await asyncio.sleep(0); await asyncio.sleep(0)
        print(i, t.done(), br(cond))
    print("result:", await t)
    # predicate raising: the exception propagates, lock stays held
    async with cond:
        try:
            await cond.wait_for(lambda: 1 / 0)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e, cond.locked())

async def consumer2(cond, flag):
    async with cond:
        return await cond.wait_for(lambda: flag and ("got", flag[0]))

asyncio.run(main())
