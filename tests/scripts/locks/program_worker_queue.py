# A worker pool fed by an asyncio.Queue with an Event for shutdown: workers
# race queue.get() against the stop event; queue.join() before stopping.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def worker(name, q, stop, results):
    handled = 0
    while True:
        getter = asyncio.ensure_future(q.get())
        stopper = asyncio.ensure_future(stop.wait())
        done, _ = await asyncio.wait([getter, stopper], return_when=asyncio.FIRST_COMPLETED)
        if getter in done:
            stopper.cancel()
            item = getter.result()
            log.append(f"{name} got {item}")
            await asyncio.sleep(0)
            results.append((item, item * 10))
            handled += 1
            q.task_done()
        else:
            getter.cancel()
            log.append(f"{name} stops")
            return handled

async def main():
    q = asyncio.Queue()
    stop = asyncio.Event()
    results = []
    ws = [asyncio.create_task(worker(f"w{i}", q, stop, results)) for i in range(3)]
    for item in range(7):
        q.put_nowait(item)
    await q.join()
    print(log); log.clear()
    print("results:", sorted(results), len(results))
    print("queue:", q.qsize(), "stop:", br(stop))
    for item in (100, 101):
        await q.put(item)
    await q.join()
    print(log); log.clear()
    stop.set()
    handled = await asyncio.gather(*ws)
    print(sorted(log), "handled:", handled, sum(handled))
    print("stop:", br(stop), "queue empty:", q.empty())

asyncio.run(main())
