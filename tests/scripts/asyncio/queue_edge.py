# Queue edge cases: FIFO wake-up of blocked putters/getters, shutdown, join() with nothing, str().
import asyncio

log = []

async def putter(q, v):
    await q.put(v)
    log.append(f"put {v}")

async def getter(q, name):
    v = await q.get()
    log.append(f"{name} got {v}")

async def main():
    q = asyncio.Queue(maxsize=1)
    print("fresh:", str(q), q.maxsize, q.full(), q.empty())
    q.put_nowait("first")
    ps = [asyncio.create_task(putter(q, f"p{i}")) for i in range(4)]
    await asyncio.sleep(0)
    print("blocked putters:", str(q))
    while not all(p.done() for p in ps):
        log.append(f"took {q.get_nowait()}")
        await asyncio.sleep(0)
    print(log)
    print("after:", str(q))
    log.clear()

    q2 = asyncio.Queue()
    gs = [asyncio.create_task(getter(q2, f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("blocked getters:", str(q2))
    for v in "xyz":
        q2.put_nowait(v)
    print("puts do not switch tasks:", log, str(q2))
    await asyncio.gather(*gs)
    print(log, str(q2))
    q2.task_done(); q2.task_done()
    print("one task left:", str(q2))
    q2.task_done()

    empty = asyncio.Queue()
    await empty.join()
    print("join() on a fresh queue returns at once")
    try:
        empty.task_done()
    except ValueError as e:
        print("ValueError:", e)

    sq = asyncio.Queue(maxsize=3)
    sq.put_nowait(1); sq.put_nowait(2)
    sq.shutdown()
    print("shut:", str(sq))
    try:
        sq.put_nowait(3)
    except asyncio.QueueShutDown:
        print("put_nowait after shutdown: QueueShutDown")
    print("get_nowait still drains:", sq.get_nowait(), sq.get_nowait(), str(sq))
    try:
        sq.get_nowait()
    except asyncio.QueueShutDown:
        print("then QueueShutDown, not QueueEmpty:", issubclass(asyncio.QueueShutDown, asyncio.QueueEmpty))
    sq.task_done(); sq.task_done()
    await sq.join()
    print("join after draining a shut queue ok")

    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "z"), (1, "a"), (2, "a"), (0, "q"), (1, "a")]:
        pq.put_nowait(item)
    print("priority str (heap order):", str(pq), pq.qsize())
    print("priority order:", [pq.get_nowait() for _ in range(pq.qsize())])
    print("generic alias:", asyncio.Queue[int])

asyncio.run(main())
