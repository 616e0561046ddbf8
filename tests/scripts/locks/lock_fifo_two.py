# Two tasks compete for a held lock: FIFO order, step by step.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def worker(name, lock):
    log.append(f"{name} wants")
    r = await lock.acquire()
    log.append(f"{name} got {r}")
    await asyncio.sleep(0)
    log.append(f"{name} releases")
    lock.release()
    return name

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(worker("a", lock))
    b = asyncio.create_task(worker("b", lock))
    for step in range(6):
        await asyncio.sleep(0)
        print(step, log, br(lock))
        log.clear()
        if step == 1:
            lock.release()
            print("main released:", br(lock))
    print(await a, await b, br(lock))
    # same again, but b is created first: order follows acquire() calls
    await lock.acquire()
    b = asyncio.create_task(worker("b", lock))
    a = asyncio.create_task(worker("a", lock))
    await asyncio.sleep(0)
    log.clear()
    lock.release()
    await asyncio.gather(a, b)
    print(log, br(lock))

asyncio.run(main())
