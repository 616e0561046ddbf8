# Semaphore repr brackets: [unlocked, value:N], [locked], waiters:N; a
# positive value with a live waiter shows [locked] (3.14 locked()).
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

async def main():
    sem = asyncio.Semaphore(2)
    r = repr(sem)
    print(r.startswith("<asyncio.locks.Semaphore object at "), r.endswith("[unlocked, value:2]>"))
    print(br(sem))
    await sem.acquire(); print(br(sem))
    await sem.acquire(); print(br(sem))
    ts = [asyncio.create_task(sem.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    print("3 waiting:", br(sem))
    sem.release()
    print("release (value goes to waiter):", br(sem))
    await asyncio.sleep(0)
    print("waiter ran:", br(sem))
    ts[2].cancel()
    print("last cancel requested:", br(sem), sem.locked())
    await asyncio.sleep(0)
    print("last cancel ran:", br(sem))
    sem.release(); sem.release()
    print("two releases:", br(sem))
    await asyncio.sleep(0)
    print("end:", br(sem), ["cancelled" if t.cancelled() else t.result() for t in ts])
    b = asyncio.BoundedSemaphore(2)
    print(repr(b).startswith("<asyncio.locks.BoundedSemaphore object at "), br(b))
    await b.acquire()
    print(br(b))
    z = asyncio.Semaphore(0)
    print(br(z), z.locked())
    z.release()
    print(br(z), z.locked())

asyncio.run(main())
