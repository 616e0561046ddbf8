# Dining philosophers with one Lock per fork; each philosopher takes the
# lower-numbered fork first, so there is no deadlock. Step log of who eats.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

N = 5
log = []

async def philosopher(i, forks, meals):
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)
    eaten = 0
    while eaten < meals:
        async with forks[first]:
            log.append(f"P{i} took f{first}")
            await asyncio.sleep(0)
            async with forks[second]:
                log.append(f"P{i} eats #{eaten + 1}")
                await asyncio.sleep(0)
                eaten += 1
        log.append(f"P{i} thinks")
        await asyncio.sleep(0)
    return i, eaten

async def main():
    forks = [asyncio.Lock() for _ in range(N)]
    ts = [asyncio.create_task(philosopher(i, forks, 2)) for i in range(N)]
    step = 0
    while not all(t.done() for t in ts):
        await asyncio.sleep(0)
        print(step, log, "".join("X" if f.locked() else "." for f in forks))
        log.clear()
        step += 1
        if step > 60:
            print("deadlock?")
            break
    print([t.result() for t in ts])
    print([br(f) for f in forks])

asyncio.run(main())
