# A Barrier reused for several rounds; indices per round, draining state
# seen by the tasks that pass, parties blocked while the barrier drains.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def worker(name, b, rounds):
    got = []
    for r in range(rounds):
        i = await b.wait()
        state = repr(b)
        got.append(i)
        log.append(f"{name} r{r} i{i} {state[state.index('['):state.rindex(']') + 1]}")
    return got

async def main():
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(worker(n, b, 3)) for n in "abc"]
    res = await asyncio.gather(*ts)
    for line in log:
        print(line)
    log.clear()
    print("per task:", res, br(b))
    print("round sums:", [sum(r[k] for r in res) for k in range(3)])
    # a fast task re-waits while the others are still draining: it blocks
    # until the barrier is filling again
    async def fast():
        await b.wait()
        log.append(f"fast passed 1, {br(b)}")
        i = await b.wait()
        log.append(f"fast passed 2 with {i}")
    async def slow(name):
        await b.wait()
        log.append(f"{name} passed 1")
        await asyncio.sleep(0)
        i = await b.wait()
        log.append(f"{name} passed 2 with {i}")
    ts = [asyncio.create_task(c) for c in (slow("s1"), slow("s2"), fast())]
    for step in range(10):
        await asyncio.sleep(0)
        print(step, log, br(b)); log.clear()
        if all(t.done() for t in ts):
            break

asyncio.run(main())
