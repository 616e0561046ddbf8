# Timeouts around Condition.wait() and wait_for(): TimeoutError is raised
# only after the lock is re-acquired; a timed-out notified waiter passes
# its notification on; the condition's waiter list is cleaned up.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []
cms = {}

async def timed(name, cond, delay, pred=None):
    try:
        async with cond:
            async with asyncio.timeout(delay) as cm:
                cms[name] = cm
                r = await (cond.wait_for(pred) if pred else cond.wait())
            log.append(f"{name} got {r}")
    except TimeoutError:
        log.append(f"{name} TimeoutError locked={cond.locked()}")

async def plain(name, cond):
    async with cond:
        log.append(f"{name} woke {await cond.wait()}")

async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), 0.03)
        except TimeoutError:
            print("wait_for(wait) TimeoutError, locked:", cond.locked(), br(cond))
    async with cond:
        try:
            await asyncio.wait_for(cond.wait_for(lambda: False), 0.03)
        except TimeoutError:
            print("wait_for(wait_for) TimeoutError, locked:", cond.locked())
    # the timeout fires while main holds the lock: the waiter is stuck
    # re-acquiring until main releases
    a = asyncio.create_task(timed("a", cond, 0.03))
    b = asyncio.create_task(plain("b", cond))
    await asyncio.sleep(0)
    print("parked:", br(cond))
    await lock.acquire()
    await asyncio.sleep(0.06)
    print("timeout passed, main holds lock:", log, br(cond), br(lock), a.done())
    lock.release()
    await asyncio.sleep(0)
    print(log, br(cond), br(lock)); log.clear()
    await asyncio.sleep(0)
    print("spurious wake-up passed on by a:", log, br(cond)); log.clear()
    # notified, then timed out before running: b gets the notification
    a = asyncio.create_task(timed("a", cond, 10))
    b = asyncio.create_task(plain("b", cond))
    await asyncio.sleep(0)
    async with cond:
        cms["a"].reschedule(loop.time())
        cond.notify()
    for step in range(3):
        await asyncio.sleep(0)
        print(step, log, br(cond)); log.clear()
    print(a.done(), b.done())
    # wait_for(predicate) inside a timeout that does not expire
    flag = []
    a = asyncio.create_task(timed("a", cond, 10, lambda: flag and flag[0]))
    await asyncio.sleep(0)
    async with cond:
        flag.append("ready")
        cond.notify_all()
    await a
    print(log, br(cond))

asyncio.run(main())
