# Semaphore errors: negative initial value, BoundedSemaphore over-release,
# awaiting the object itself, loop argument. Ends with an uncaught
# ValueError from BoundedSemaphore.release().
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

for f in (lambda: asyncio.Semaphore(-1), lambda: asyncio.BoundedSemaphore(-5),
          lambda: asyncio.Semaphore(value=-1), lambda: asyncio.Semaphore(loop=None),
          lambda: asyncio.Semaphore(1, 2),
          lambda: asyncio.Semaphore[int], lambda: asyncio.BoundedSemaphore(1).release()):
    try:
        print("ok:", br(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


async def main():
    sem = asyncio.Semaphore()
    try:
        await sem
    except TypeError as e:
        print("TypeError:", e)
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e, br(b))
    z = asyncio.BoundedSemaphore(0)
    try:
        z.release()
    except ValueError as e:
        print("BoundedSemaphore(0):", e, br(z))
    print("uncaught:")
    b.release()

asyncio.run(main())
