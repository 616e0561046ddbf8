# Barrier.reset(): waiting parties get BrokenBarrierError, the barrier goes
# through 'resetting' back to 'filling' and can be used again.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def party(name, b, again=False):
    try:
        i = await b.wait()
        log.append(f"{name} passed {i}")
    except asyncio.BrokenBarrierError as e:
        log.append(f"{name} {type(e).__name__}: {e}")
        if again:
            i = await b.wait()
            log.append(f"{name} passed {i} after reset")

async def main():
    b = asyncio.Barrier(3)
    print("reset idle:", await b.reset(), br(b))
    ts = [asyncio.create_task(party(n, b)) for n in "ab"]
    await asyncio.sleep(0)
    print("two waiting:", br(b))
    r = asyncio.create_task(b.reset())
    await asyncio.sleep(0)
    print("reset ran:", br(b), b.n_waiting, b.broken, r.result())
    for step in range(3):
        await asyncio.sleep(0)
        print(step, log, br(b)); log.clear()
    # reset with waiters that wait again afterwards
    ts = [asyncio.create_task(party(n, b, again=True)) for n in "xy"]
    await asyncio.sleep(0)
    await b.reset()
    print("reset by main:", br(b))
    await asyncio.sleep(0)
    print(log, br(b)); log.clear()
    await asyncio.sleep(0)
    print(log, br(b)); log.clear()
    z = asyncio.create_task(party("z", b))
    await asyncio.gather(*ts, z)
    print(log, br(b)); log.clear()
    # reset while draining: parties notified but not yet out are broken
    ts = [asyncio.create_task(party(n, b)) for n in "pqr"]
    for step in range(3):
        await asyncio.sleep(0)
        if "draining" in repr(b):
            await b.reset()
            print("reset while draining:", br(b))
    await asyncio.gather(*ts)
    print(log, br(b))

asyncio.run(main())
