# Barrier: parties/n_waiting/broken, wait() returns indices 0..n-1 in
# arrival order, the last arrival returns first.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def party(name, b):
    log.append(f"{name} arrives n_waiting={b.n_waiting}")
    i = await b.wait()
    log.append(f"{name} passes with {i}")
    return i

async def main():
    b = asyncio.Barrier(3)
    print(br(b), b.parties, b.n_waiting, b.broken)
    ts = []
    for name in "abc":
        ts.append(asyncio.create_task(party(name, b)))
        await asyncio.sleep(0)
        print(log, br(b), b.n_waiting); log.clear()
    for step in range(4):
        await asyncio.sleep(0)
        print(step, log, br(b)); log.clear()
    print("results:", [t.result() for t in ts], br(b))
    # all at once: indices follow task creation order
    ts = [asyncio.create_task(party(n, b)) for n in "xyz"]
    res = await asyncio.gather(*ts)
    print(log); log.clear()
    print("results:", res, sorted(res), br(b))
    # Barrier(1): every wait passes at once with index 0
    one = asyncio.Barrier(1)
    print("Barrier(1):", [await one.wait() for _ in range(3)], br(one))
    # wait() before the loop gives other tasks a turn? not for Barrier(1)
    t = asyncio.create_task(party("solo", one))
    await asyncio.sleep(0)
    print(log, t.result(), br(one))

asyncio.run(main())
