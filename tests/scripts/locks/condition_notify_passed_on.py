# A waiter notified and then cancelled before it runs does not lose the
# notification: wait() passes one notification on (CPython's
# test_cancelled_wakeup), which can cause a spurious wake-up elsewhere.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def consumer(name, cond, state):
    try:
        async with cond:
            while True:
                await cond.wait_for(lambda: state[0] != 0)
                if state[0] < 0:
                    log.append(f"{name} exits")
                    return name
                state[0] -= 1
                log.append(f"{name} consumed")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def waiter(name, cond):
    async with cond:
        try:
            r = await cond.wait()
            log.append(f"{name} woke {r}")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")

async def main():
    cond = asyncio.Condition()
    state = [0]
    c = [asyncio.create_task(consumer(n, cond, state)) for n in ("c0", "c1")]
    await asyncio.sleep(0)
    async with cond:
        state[0] += 1
        cond.notify(1)
        c[0].cancel()
        print("notified c0 then cancelled it:", br(cond))
    for step in range(4):
        await asyncio.sleep(0)
        print(step, log, br(cond), state); log.clear()
    async with cond:
        state[0] = -1
        cond.notify_all()
    print("c1 returns:", await c[1], log); log.clear()

    # plain wait(): three waiters, notify(2), cancel the first notified one
    ws = [asyncio.create_task(waiter(n, cond)) for n in ("x", "y", "z")]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        ws[0].cancel()
    for step in range(4):
        await asyncio.sleep(0)
        print(step, log, br(cond)); log.clear()
    # the cancelled waiter's pass-on woke z: all three are done
    print([w.done() for w in ws])

asyncio.run(main())
