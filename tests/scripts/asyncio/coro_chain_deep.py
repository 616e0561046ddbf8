# Deep await chains (500 nested coroutines) and custom __await__ generators yielding to the loop.
import asyncio

async def down(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return n + await down(n - 1)

async def down_fail(n):
    if n == 0:
        raise ValueError("bottom reached")
    return await down_fail(n - 1)

log = []

class Pause:
    def __init__(self, name, times):
        self.name, self.times = name, times
    def __await__(self):
        for i in range(self.times):
            log.append(f"{self.name} pause {i}")
            yield
        log.append(f"{self.name} resumed")
        return f"{self.name} result"

class Delegating:
    def __await__(self):
        a = yield from Pause("inner-a", 1).__await__()
        b = yield from asyncio.sleep(0, result="slept").__await__()
        return (a, b)

async def ticker(n):
    for i in range(n):
        log.append(f"tick {i}")
        await asyncio.sleep(0)

async def main():
    print("sum of 500 nested awaits:", await down(500), sum(range(501)))
    t = asyncio.create_task(down(300))
    print("as a task:", await t)
    try:
        await down_fail(400)
    except ValueError as e:
        tb, depth = e.__traceback__, 0
        while tb is not None:
            depth += 1
            tb = tb.tb_next
        print("error through 400 frames:", e, "traceback entries:", depth)

    tick = asyncio.create_task(ticker(4))
    res = await Pause("P", 3)
    await tick
    print("pause result:", res)
    print("interleaving:", log)
    log.clear()
    print("delegating:", await Delegating(), log)
    log.clear()
    results = await asyncio.gather(Pause("x", 2), Pause("y", 1), Pause("z", 0))
    print("gathered:", results, log)

    deep = asyncio.create_task(down(450))
    steps = 0
    while not deep.done():
        steps += 1
        await asyncio.sleep(0)
    print("deep task finished after", steps, "loop turns:", deep.result())

asyncio.run(main())
