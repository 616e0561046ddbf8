# A worker pool stopped by an Event: workers check the event between jobs
# and also wait on it while idle; shutdown order is deterministic.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def worker(name, jobs, stop, work_ready):
    done = 0
    while not stop.is_set():
        if jobs:
            job = jobs.pop(0)
            log.append(f"{name} does {job}")
            await asyncio.sleep(0)
            done += 1
        else:
            log.append(f"{name} idle")
            work_ready.clear()
            waiter = asyncio.ensure_future(work_ready.wait())
            stopper = asyncio.ensure_future(stop.wait())
            finished, pending = await asyncio.wait(
                [waiter, stopper], return_when=asyncio.FIRST_COMPLETED)
            for p in pending:
                p.cancel()
            log.append(f"{name} woke stop={stopper in finished}")
    log.append(f"{name} exits after {done}")
    return done

async def main():
    stop = asyncio.Event()
    work_ready = asyncio.Event()
    jobs = [f"j{i}" for i in range(5)]
    ws = [asyncio.create_task(worker(f"w{i}", jobs, stop, work_ready)) for i in range(3)]
    for step in range(5):
        await asyncio.sleep(0)
        print(step, log); log.clear()
    print("stop:", br(stop), "work:", br(work_ready))
    jobs.extend(["late1", "late2"])
    work_ready.set()
    for step in range(4):
        await asyncio.sleep(0)
        print(step, log); log.clear()
    stop.set()
    print("stop set:", br(stop))
    results = await asyncio.gather(*ws)
    print(log)
    print("results:", results, "jobs left:", jobs)
    print("stop:", br(stop), "work:", br(work_ready))

asyncio.run(main())
