# task_done/join; unfinished count; task_done too many times.
import asyncio

async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * item)
        log.append((name, item))
        q.task_done()

async def main():
    q = asyncio.Queue()
    print("join on empty returns immediately:", await q.join())
    log = []
    for i in range(6):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    await q.join()
    print("all processed:", sorted(item for _, item in log), "qsize:", q.qsize())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    q.put_nowait("a")
    q.get_nowait()
    joined = []
    async def joiner():
        await q.join()
        joined.append("joined")
    j = asyncio.create_task(joiner())
    await asyncio.sleep(0)
    print("join waits for task_done:", joined)
    q.task_done()
    await j
    print("after task_done:", joined)
    q.put_nowait(1)
    q.put_nowait(2)
    q.get_nowait()
    q.task_done()
    q.task_done()
    await q.join()
    print("task_done before get ok; qsize:", q.qsize())
    q.task_done()

asyncio.run(main())
