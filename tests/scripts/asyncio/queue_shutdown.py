# Queue.shutdown() and QueueShutDown for putters and getters.
import asyncio

async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    q.put_nowait(2)
    q.shutdown()
    try:
        q.put_nowait(3)
    except asyncio.QueueShutDown as e:
        print("put_nowait after shutdown:", type(e).__name__)
    try:
        await q.put(3)
    except asyncio.QueueShutDown:
        print("put after shutdown raises")
    print("remaining items still gettable:", q.get_nowait(), await q.get())
    try:
        q.get_nowait()
    except asyncio.QueueShutDown:
        print("get_nowait on empty shut-down queue: QueueShutDown")
    try:
        await q.get()
    except asyncio.QueueShutDown:
        print("get on empty shut-down queue: QueueShutDown")
    q2 = asyncio.Queue()
    waiters = [asyncio.create_task(q2.get()) for _ in range(2)]
    await asyncio.sleep(0)
    q2.shutdown()
    res = await asyncio.gather(*waiters, return_exceptions=True)
    print("blocked getters:", [type(r).__name__ for r in res])
    q3 = asyncio.Queue()
    for i in range(3):
        q3.put_nowait(i)
    q3.shutdown(immediate=True)
    print("immediate drains:", q3.qsize(), q3.empty())
    try:
        q3.get_nowait()
    except asyncio.QueueShutDown:
        print("nothing left to get")
    await q3.join()
    print("join returns after immediate shutdown")
    q4 = asyncio.Queue(maxsize=1)
    q4.put_nowait("full")
    putter = asyncio.create_task(q4.put("blocked"))
    await asyncio.sleep(0)
    q4.shutdown()
    try:
        await putter
    except asyncio.QueueShutDown:
        print("blocked putter got QueueShutDown")
    print("QueueShutDown bases:", [c.__name__ for c in asyncio.QueueShutDown.__mro__])
    q4.shutdown()
    print("shutdown twice ok")

asyncio.run(main())
