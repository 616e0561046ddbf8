# Bracket part of Condition's repr: lock state plus waiters that have not
# yet removed themselves; repr follows the shared lock.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

async def w(cond):
    async with cond:
        await cond.wait()

async def main():
    cond = asyncio.Condition()
    r = repr(cond)
    print(r.startswith("<asyncio.locks.Condition object at "), r.endswith(" [unlocked]>"))
    print(br(cond))
    await cond.acquire()
    print(br(cond))
    cond.release()
    ts = [asyncio.create_task(w(cond)) for _ in range(3)]
    await asyncio.sleep(0)
    print("3 waiting:", br(cond))
    async with cond:
        print("held:", br(cond))
        cond.notify(2)
        print("notified 2:", br(cond))
    print("released:", br(cond))
    await asyncio.sleep(0)
    print("after one step:", br(cond))
    await asyncio.sleep(0)
    print("after two steps:", br(cond))
    ts[2].cancel()
    print("cancel requested:", br(cond))
    await asyncio.sleep(0)
    print("after cancel:", br(cond), [t.done() for t in ts])
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    await lock.acquire()
    print("shared lock held:", br(c2), br(lock))
    lock.release()
    print("shared lock released:", br(c2))

    class MyCond(asyncio.Condition):
        pass
    m = MyCond()
    print(br(m))

asyncio.run(main())
