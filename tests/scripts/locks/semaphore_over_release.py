# A plain Semaphore may be released more often than acquired: the value
# grows past the initial one; BoundedSemaphore refuses.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

async def main():
    sem = asyncio.Semaphore(1)
    for _ in range(3):
        sem.release()
    print(br(sem))
    got = 0
    while not sem.locked():
        await sem.acquire()
        got += 1
    print("acquired", got, "times:", br(sem))
    b = asyncio.BoundedSemaphore(2)
    results = []
    for op in ("release", "acquire", "acquire", "release", "release", "release"):
        try:
            r = await b.acquire() if op == "acquire" else b.release()
            results.append((op, r, br(b)))
        except ValueError as e:
            results.append((op, str(e), br(b)))
    for r in results:
        print(*r)
    # a waiter makes the bound check count units handed out
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    t = asyncio.create_task(b.acquire())
    await asyncio.sleep(0)
    b.release()
    print("handed to waiter:", br(b))
    try:
        b.release()
        print("second release accepted:", br(b))
    except ValueError as e:
        print("ValueError:", e)
    await asyncio.sleep(0)
    print("waiter done:", t.done(), br(b))
    try:
        b.release()
        print("release accepted:", br(b))
    except ValueError as e:
        print("ValueError:", e, br(b))

asyncio.run(main())
