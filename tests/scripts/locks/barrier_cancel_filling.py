# Cancelling a Barrier waiter while filling removes it from the count
# (CPython's test_filling_tasks_cancel_one); cancelling while draining.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def party(name, b):
    try:
        i = await b.wait()
        log.append(f"{name} passed {i}")
        return i
    except asyncio.CancelledError:
        log.append(f"{name} cancelled n_waiting={b.n_waiting}")
        raise

async def main():
    b = asyncio.Barrier(3)
    t1 = asyncio.create_task(party("t1", b))
    await asyncio.sleep(0)
    t2 = asyncio.create_task(party("t2", b))
    await asyncio.sleep(0)
    print(br(b))
    t1.cancel()
    await asyncio.sleep(0)
    print(log, br(b), t1.cancelled()); log.clear()
    t3 = asyncio.create_task(party("t3", b))
    await asyncio.sleep(0)
    print(br(b))
    t4 = asyncio.create_task(party("t4", b))
    for step in range(3):
        await asyncio.sleep(0)
        print(step, log, br(b)); log.clear()
    print([t.result() for t in (t2, t3, t4)])
    # cancel a party that has been released but not yet run (draining)
    ts = [asyncio.create_task(party(n, b)) for n in "abc"]
    await asyncio.sleep(0)
    print("after fill:", log, br(b)); log.clear()
    ts[0].cancel()
    for step in range(3):
        await asyncio.sleep(0)
        print(step, log, br(b)); log.clear()
    print(["cancelled" if t.cancelled() else t.result() for t in ts])
    # the barrier is still usable
    print(await asyncio.gather(*(b.wait() for _ in range(3))), br(b))
    # cancelling every waiter leaves an empty filling barrier
    ts = [asyncio.create_task(party(n, b)) for n in "pq"]
    await asyncio.sleep(0)
    for t in ts:
        t.cancel()
    await asyncio.sleep(0)
    print(log, br(b))

asyncio.run(main())
