# Semaphore: acquire/release/locked() with the value shown in repr,
# acquire returns True, release wakes a waiter.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def user(name, sem):
    log.append(f"{name} acquire")
    r = await sem.acquire()
    log.append(f"{name} got {r}")

async def main():
    sem = asyncio.Semaphore(3)
    print(br(sem), sem.locked())
    for i in range(3):
        r = await sem.acquire()
        print(f"acquire {i}:", r, br(sem), sem.locked())
    ts = [asyncio.create_task(user(n, sem)) for n in "ab"]
    await asyncio.sleep(0)
    print(log, br(sem)); log.clear()
    print("release ->", sem.release(), br(sem), sem.locked())
    await asyncio.sleep(0)
    print(log, br(sem)); log.clear()
    sem.release(); sem.release()
    print("released 2:", br(sem))
    await asyncio.sleep(0)
    print(log, br(sem)); log.clear()
    for _ in range(3):
        sem.release()
    print("released 3:", br(sem), sem.locked())
    print("default:", br(asyncio.Semaphore()), br(asyncio.Semaphore(0)))
    print("value kw:", br(asyncio.Semaphore(value=2)))
    big = asyncio.Semaphore(10**20)
    await big.acquire()
    print("big:", br(big))
    # async with
    s1 = asyncio.Semaphore(1)
    async with s1 as v:
        print("async with:", v, br(s1))
    print("after:", br(s1))
    try:
        async with s1:
            raise KeyError("k")
    except KeyError:
        print("KeyError, released:", br(s1))

asyncio.run(main())
