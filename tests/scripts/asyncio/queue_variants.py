# PriorityQueue and LifoQueue ordering.
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (0, "z")]:
        await pq.put(item)
    print("priority:", [pq.get_nowait() for _ in range(pq.qsize())])
    for n in [5, 1, 4, 1, 3]:
        pq.put_nowait(n)
    print("ints:", [await pq.get() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for i in range(5):
        lq.put_nowait(i)
    print("lifo:", [lq.get_nowait() for _ in range(5)])
    print(type(pq).__name__, type(lq).__name__, isinstance(pq, asyncio.Queue), isinstance(lq, asyncio.Queue))
    bounded = asyncio.LifoQueue(maxsize=2)
    bounded.put_nowait("x")
    bounded.put_nowait("y")
    try:
        bounded.put_nowait("z")
    except asyncio.QueueFull:
        print("LifoQueue full")
    print(bounded.get_nowait(), bounded.get_nowait())
    class Job:
        def __init__(self, prio, name):
            self.prio, self.name = prio, name
        def __lt__(self, other):
            return self.prio < other.prio
    jq = asyncio.PriorityQueue()
    for p, n in [(2, "mid"), (9, "low"), (1, "high")]:
        jq.put_nowait(Job(p, n))
    print("custom __lt__:", [jq.get_nowait().name for _ in range(3)])
    order = []
    async def consumer(q):
        while True:
            v = await q.get()
            if v is None:
                break
            order.append(v)
    lq2 = asyncio.LifoQueue()
    for v in [1, 2, 3]:
        lq2.put_nowait(v)
    lq2.put_nowait(None)
    lq2.put_nowait(4)
    await consumer(lq2)
    print("lifo consumer:", order, "left:", lq2.qsize())
    pq.put_nowait(1)
    try:
        pq.put_nowait("str")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
