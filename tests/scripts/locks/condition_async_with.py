# `async with cond` acquires the underlying lock, returns None, releases on
# exit (also on exceptions); wait() inside async with.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    async with cond as v:
        print("as:", v, cond.locked(), lock.locked())
    print("after:", cond.locked())
    try:
        async with cond:
            raise ValueError("inside")
    except ValueError as e:
        print("ValueError:", e, cond.locked())
    # async with lock and async with cond are interchangeable
    async with lock:
        print("via lock:", br(cond))
    log = []
    async def worker(i):
        async with cond:
            log.append(f"{i} in")
            if i == 0:
                await cond.wait()
                log.append(f"{i} back")
            else:
                cond.notify()
            log.append(f"{i} out")
    ts = [asyncio.create_task(worker(i)) for i in range(3)]
    await asyncio.gather(*ts)
    print(log, br(cond))
    print(await cond.__aenter__(), br(cond))
    print(await cond.__aexit__(None, None, None), br(cond))
    # releasing inside the block makes __aexit__ fail
    try:
        async with cond:
            cond.release()
    except RuntimeError as e:
        print("RuntimeError:", e, br(cond))
    # wait() inside async with, cancelled by a timeout: the block still
    # exits with the lock re-acquired and then released
    try:
        async with cond:
            await asyncio.wait_for(cond.wait(), 0.03)
    except TimeoutError as e:
        print("TimeoutError", br(cond))

asyncio.run(main())
