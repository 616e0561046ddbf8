# Timeouts around Barrier.wait(): the timed-out party leaves the count and
# the barrier stays filling (not broken); the others can still pass.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []
cms = {}

async def party(name, b, delay=None):
    try:
        async with asyncio.timeout(delay) as cms[name]:
            i = await b.wait()
        log.append(f"{name} passed {i}")
    except TimeoutError:
        log.append(f"{name} TimeoutError n_waiting={b.n_waiting}")

async def main():
    b = asyncio.Barrier(3)
    a = asyncio.create_task(party("a", b, 0.03))
    x = asyncio.create_task(party("x", b))
    await asyncio.sleep(0)
    print(br(b))
    await asyncio.wait([a])
    print(log, br(b), b.broken); log.clear()
    ts = [asyncio.create_task(party(n, b)) for n in "yz"]
    await asyncio.gather(x, *ts)
    print(log, br(b)); log.clear()
    try:
        await asyncio.wait_for(b.wait(), 0.03)
    except TimeoutError:
        print("wait_for TimeoutError", br(b))
    # p's timeout callback is scheduled after the barrier tripped: p's
    # wake-up runs first, so p passes and the timeout is disarmed
    ts = [asyncio.create_task(party(n, b, 10 if n == "p" else None)) for n in "pqr"]
    await asyncio.sleep(0)
    print("drained:", log, br(b)); log.clear()
    cms["p"].reschedule(asyncio.get_running_loop().time())
    await asyncio.gather(*ts)
    print(log, br(b)); log.clear()
    # asyncio.timeout(0): expires before the first wait can block
    try:
        async with asyncio.timeout(0):
            await b.wait()
    except TimeoutError:
        print("timeout(0):", br(b))

asyncio.run(main())
