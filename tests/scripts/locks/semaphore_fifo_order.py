# FIFO order of Semaphore waiters (CPython's test_acquire_fifo_order 1-4).
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

async def main():
    sem = asyncio.Semaphore(1)
    result = []
    async def coro(tag):
        for k in (1, 2):
            await sem.acquire()
            result.append(f"{tag}_{k}")
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            sem.release()
    await asyncio.gather(coro("c1"), coro("c2"), coro("c3"))
    print("order 1:", result, br(sem))

    result = []
    async def c1():
        await sem.acquire(); result.append(1)
    async def c2():
        await sem.acquire(); result.append(2)
        sem.release()
        await sem.acquire(); result.append(4)
    async def c3():
        await sem.acquire(); result.append(3)
    ts = [asyncio.create_task(c()) for c in (c1, c2, c3)]
    await asyncio.sleep(0)
    print("  after one step:", result, br(sem))
    sem.release(); sem.release()
    await asyncio.gather(*ts)
    print("order 2:", result, br(sem))

    sem = asyncio.Semaphore(0)
    result = []
    async def waiter(i):
        await sem.acquire(); result.append(i)
    ts = [asyncio.create_task(waiter(i)) for i in (1, 2, 3)]
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.sleep(0)
    sem.release(); sem.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print("order 3:", result, br(sem))

    # c2 releases three times while c1 (woken) has not run: value 2, but
    # locked() is True; c1's acquire() wakes the rest on its way out
    sem = asyncio.Semaphore(0)
    result = []
    extra = []
    async def c1d():
        await sem.acquire()
        extra.append(asyncio.create_task(c4d()))
        result.append(1)
    async def c2d():
        sem.release(); sem.release(); sem.release()
        result.append(f"c2 released: {br(sem)} locked={sem.locked()}")
        await sem.acquire(); result.append(2)
    async def c3d():
        await sem.acquire(); result.append(3)
    async def c4d():
        result.append(4)
    ts = [asyncio.create_task(c()) for c in (c1d, c2d, c3d)]
    await asyncio.sleep(0)
    print("  step 1:", result, br(sem)); result.clear()
    await asyncio.sleep(0)
    print("  step 2:", result, br(sem)); result.clear()
    await asyncio.gather(*ts, *extra)
    print("order 4:", result, br(sem))

asyncio.run(main())
