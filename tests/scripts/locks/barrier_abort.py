# Barrier.abort(): all waiters and later callers get BrokenBarrierError;
# repr shows [broken] without the waiters part; reset() repairs it.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def party(name, b):
    try:
        i = await b.wait()
        log.append(f"{name} passed {i}")
    except asyncio.BrokenBarrierError as e:
        log.append(f"{name} broken: {e}")

async def main():
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(n, b)) for n in "ab"]
    await asyncio.sleep(0)
    print(br(b))
    await b.abort()
    print("aborted:", br(b), b.broken, b.n_waiting)
    for step in range(2):
        await asyncio.sleep(0)
        print(step, log, br(b)); log.clear()
    await party("late", b)
    print(log, br(b)); log.clear()
    print("abort again:", await b.abort(), br(b))
    await b.reset()
    print("reset:", br(b), b.broken)
    res = await asyncio.gather(*(b.wait() for _ in range(3)))
    print("usable again:", res, br(b))
    # an exception in one party aborts the barrier for the others
    async def worker(i):
        try:
            async with b as idx:
                if idx == 1:
                    raise RuntimeError("bad party")
            async with b:
                log.append(f"{i} second round")
        except asyncio.BrokenBarrierError:
            log.append(f"{i} broken")
        except RuntimeError as e:
            log.append(f"{i} aborts after {e}")
            await b.abort()
    await asyncio.gather(*(worker(i) for i in range(3)))
    print(log, br(b)); log.clear()
    # w arrives while draining; by the abort the others left and w waits
    await b.reset()
    ts = [asyncio.create_task(party(n, b)) for n in "xyz"]
    await asyncio.sleep(0)
    print("drained by z:", log, br(b)); log.clear()
    t = asyncio.create_task(party("w", b))
    await asyncio.sleep(0)
    await b.abort()
    await asyncio.gather(*ts, t)
    print(log, br(b))

asyncio.run(main())
