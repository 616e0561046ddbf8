# Event: set/clear/is_set, wait() returns True, wait on a set event does not
# suspend, set() on a set event is a no-op.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def waiter(name, ev):
    log.append(f"{name} waits")
    r = await ev.wait()
    log.append(f"{name} woke {r}")
    return r

async def ticker():
    for i in range(3):
        log.append(f"tick {i}")
        await asyncio.sleep(0)

async def main():
    ev = asyncio.Event()
    print(br(ev), ev.is_set(), ev.set(), ev.is_set(), br(ev))
    print("set twice:", ev.set(), ev.is_set())
    print("clear:", ev.clear(), ev.is_set(), br(ev))
    print("clear twice:", ev.clear(), ev.is_set())
    ev.set()
    # wait() on a set event returns without letting other tasks run
    t = asyncio.create_task(ticker())
    r = await ev.wait()
    log.append(f"main wait -> {r}")
    await t
    print(log); log.clear()
    ev.clear()
    w = asyncio.create_task(waiter("w", ev))
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print(log, br(ev)); log.clear()
    ev.set()
    print("set:", br(ev))
    await asyncio.sleep(0)
    print(log, br(ev)); log.clear()
    print("result:", await w, br(ev))
    await t
    # wait() in a loop while set keeps returning True immediately
    print([await ev.wait() for _ in range(3)])
    print(type(ev.is_set()).__name__, ev.set() is None, ev.clear() is None)

asyncio.run(main())
