# RuntimeErrors for wait/notify/notify_all/wait_for without the lock, a
# Condition that shares a lock held by someone else, await on a Condition.
# Ends uncaught.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

async def main():
    cond = asyncio.Condition()
    for name in ("notify", "notify_all"):
        try:
            getattr(cond, name)()
        except RuntimeError as e:
            print(name, "RuntimeError:", e)
    try:
        cond.notify(3)
    except RuntimeError as e:
        print("notify(3) RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait RuntimeError:", e, br(cond))
    try:
        await cond.wait_for(lambda: False)
    except RuntimeError as e:
        print("wait_for(False) RuntimeError:", e)
    # wait_for with a true predicate never checks the lock
    print("wait_for(True) unlocked:", await cond.wait_for(lambda: "ok"))
    try:
        cond.release()
    except RuntimeError as e:
        print("release RuntimeError:", e)
    try:
        await cond
    except TypeError as e:
        print("TypeError:", e)
    # "locked" only means the lock is held, by anybody
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    await lock.acquire()
    c2.notify()
    print("notify on a lock held elsewhere: ok", br(c2))
    lock.release()
    for bad in (lambda: asyncio.Condition(loop=None),
                lambda: asyncio.Condition(None, None)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    print("uncaught:")
    await cond.wait()

asyncio.run(main())
