# Lock basics: acquire/release/locked, return values, repr bracket parts.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

async def main():
    lock = asyncio.Lock()
    print("new:", br(lock), lock.locked())
    r = await lock.acquire()
    print("acquire returned:", r, type(r).__name__)
    print("after acquire:", br(lock), lock.locked())
    r = lock.release()
    print("release returned:", r)
    print("after release:", br(lock), lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e, e.args)
    for i in range(3):
        print(i, await lock.acquire(), lock.locked(), end=" ")
        lock.release()
        print(lock.locked())
    # a second acquire of a held lock blocks (locks are not reentrant)
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    print("task created:", t.done(), br(lock))
    await asyncio.sleep(0)
    print("task blocked:", t.done(), br(lock))
    lock.release()
    print("released:", br(lock), "locked():", lock.locked())
    await asyncio.sleep(0)
    print("task done:", t.done(), t.result(), br(lock))
    lock.release()
    print("end:", br(lock))
    # locked() and release() are plain methods, acquire() must be awaited
    print(callable(lock.locked), lock.locked.__name__, lock.acquire.__name__)
    print(asyncio.Lock.release.__qualname__, asyncio.Lock.locked.__qualname__)

asyncio.run(main())
print("done")
