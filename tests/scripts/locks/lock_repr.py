# Bracket part of Lock's repr through its life: waiters counts include
# woken and cancelled waiters until their task runs.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

async def main():
    lock = asyncio.Lock()
    r = repr(lock)
    print(r.startswith("<asyncio.locks.Lock object at "), r.endswith(" [unlocked]>"))
    print(str(lock) == repr(lock))
    print(br(lock))
    await lock.acquire()
    print(br(lock))
    ts = [asyncio.create_task(lock.acquire()) for _ in range(3)]
    print("tasks created:", br(lock))
    await asyncio.sleep(0)
    print("three waiting:", br(lock))
    ts[1].cancel()
    print("one cancelled:", br(lock))
    await asyncio.sleep(0)
    print("after it ran:", br(lock))
    lock.release()
    print("released:", br(lock))
    await asyncio.sleep(0)
    print("first took it:", br(lock))
    lock.release()
    await asyncio.sleep(0)
    print("last took it:", br(lock))
    lock.release()
    print("end:", br(lock), [t.cancelled() for t in ts])

    class Named(asyncio.Lock):
        pass
    n = Named()
    r = repr(n)
    print(r[:r.index(" object at ")], br(n))

asyncio.run(main())
