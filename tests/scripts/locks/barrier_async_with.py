# `async with barrier as index`: __aenter__ waits and returns the index,
# __aexit__ does nothing (exceptions propagate, no release).
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def party(name, b):
    async with b as i:
        log.append(f"{name} in with {i} {br(b)}")
        await asyncio.sleep(0)
        log.append(f"{name} body done")
    log.append(f"{name} out")
    return i

async def main():
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(n, b)) for n in "abc"]
    for step in range(4):
        await asyncio.sleep(0)
        print(step, log, br(b)); log.clear()
    print([t.result() for t in ts])
    one = asyncio.Barrier(1)
    async with one as i:
        print("Barrier(1) index:", i, br(one))
    print("__aexit__ returns:", await one.__aexit__(None, None, None))
    print("__aexit__ with exc:", await one.__aexit__(KeyError, KeyError("k"), None))
    try:
        async with one as i:
            raise KeyError("body")
    except KeyError as e:
        print("KeyError propagates:", e, br(one))
    # two rounds with nested async with
    results = []
    async def twice(name):
        async with b as i:
            results.append((name, "first", i))
            async with b as j:
                results.append((name, "second", j))
    await asyncio.gather(*(twice(n) for n in "xyz"))
    for r in results:
        print(*r)
    print(br(b))

asyncio.run(main())
