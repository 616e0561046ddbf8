# Blocking put on a full queue and blocking get on an empty queue.
import asyncio

log = []

async def producer(q, items):
    for it in items:
        log.append(f"put {it} start")
        await q.put(it)
        log.append(f"put {it} done (qsize {q.qsize()})")

async def main():
    q = asyncio.Queue(maxsize=1)
    p = asyncio.create_task(producer(q, "abc"))
    await asyncio.sleep(0)
    print(log)
    log.clear()
    for _ in range(3):
        v = await q.get()
        log.append(f"got {v}")
        await asyncio.sleep(0)
    await p
    for line in log:
        print(line)
    log.clear()
    q2 = asyncio.Queue()
    async def getter(name):
        v = await q2.get()
        log.append(f"{name} got {v}")
    gs = [asyncio.create_task(getter(f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("getters waiting:", log)
    for v in "xyz":
        q2.put_nowait(v)
    await asyncio.gather(*gs)
    print("FIFO wakeup:", log)
    q3 = asyncio.Queue()
    t = asyncio.create_task(q3.get())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled getter:", t.cancelled())
    q3.put_nowait("after cancel")
    print("item still available:", q3.get_nowait())
    try:
        await asyncio.wait_for(q3.get(), 0.01)
    except TimeoutError:
        print("get timed out; qsize:", q3.qsize())

asyncio.run(main())
