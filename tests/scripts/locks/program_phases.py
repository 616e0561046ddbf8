# Phased computation with a Barrier: workers update their slice of a grid
# each phase, wait, the party with index 0 records a snapshot, wait again.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

WORKERS = 3
grid = [1, 2, 3, 4, 5, 6]
snapshots = []
log = []

async def worker(w, barrier, phases):
    mine = range(w * 2, w * 2 + 2)
    indices = []
    for phase in range(phases):
        # read neighbours from the previous phase's snapshot
        prev = list(grid)
        for k in mine:
            grid[k] = prev[k] + prev[(k + 1) % len(prev)]
            await asyncio.sleep(0)
        i = await barrier.wait()
        indices.append(i)
        if i == 0:
            snapshots.append((phase, w, list(grid)))
        await barrier.wait()
    log.append(f"w{w} done")
    return indices

async def main():
    barrier = asyncio.Barrier(WORKERS)
    res = await asyncio.gather(*(worker(w, barrier, 3) for w in range(WORKERS)))
    for snap in snapshots:
        print("phase %d snapshot by w%d:" % snap[:2], snap[2])
    print("indices per worker:", res)
    print("each phase uses 0..2:", all(sorted(col) == [0, 1, 2] for col in zip(*res)))
    print(log, br(barrier))
    # a worker that fails aborts the barrier for everyone
    async def failing(w):
        try:
            await barrier.wait()
            if w == 1:
                raise ValueError("bad data")
            await barrier.wait()
            return "ok"
        except ValueError as e:
            await barrier.abort()
            return f"aborted: {e}"
        except asyncio.BrokenBarrierError:
            return "broken"
    print(await asyncio.gather(*(failing(w) for w in range(WORKERS))), br(barrier))

asyncio.run(main())
