# Queue put/get FIFO order, qsize/empty/full, nowait variants and exceptions.
import asyncio

async def main():
    q = asyncio.Queue()
    print(type(q).__name__, q.maxsize, q.qsize(), q.empty(), q.full())
    for i in range(3):
        await q.put(i)
    q.put_nowait("x")
    print("qsize:", q.qsize(), "empty:", q.empty())
    print([await q.get() for _ in range(3)], q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", type(e).__name__, e.args)
    b = asyncio.Queue(maxsize=2)
    b.put_nowait(1)
    b.put_nowait(2)
    print("full:", b.full(), b.qsize(), b.maxsize)
    try:
        b.put_nowait(3)
    except asyncio.QueueFull as e:
        print("QueueFull", e.args)
    print("repr:", repr(b).split(" at ")[0].split(" maxsize")[0], "maxsize=2" in repr(b))
    z = asyncio.Queue(0)
    for i in range(100):
        z.put_nowait(i)
    print("maxsize 0 is unbounded:", z.full(), z.qsize())
    n = asyncio.Queue(maxsize=-1)
    n.put_nowait(1)
    print("negative maxsize:", n.full(), n.maxsize)
    print("issubclass:", issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
    print("str repr:", str(asyncio.Queue()).split(" ")[0])
    q2 = asyncio.Queue()
    q2.put_nowait("a")
    r = repr(q2)
    print("repr shows items:", "_queue=['a']" in r, "tasks=1" in r)
    try:
        asyncio.Queue(loop=None)
    except TypeError as e:
        print("TypeError for loop kw")

asyncio.run(main())
