# Timeouts around Event.wait(): the waiter's future is removed, other
# waiters still wake on set(); which of set() and the timeout callback is
# scheduled first decides between True and TimeoutError.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []
cms = {}

async def timed(name, ev, delay):
    try:
        async with asyncio.timeout(delay) as cm:
            cms[name] = cm
            r = await ev.wait()
        log.append(f"{name} woke {r} expired={cm.expired()}")
    except TimeoutError:
        log.append(f"{name} TimeoutError {br(ev)}")

async def plain(name, ev):
    log.append(f"{name} woke {await ev.wait()}")

async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    ts = [asyncio.create_task(timed("a", ev, 0.03)), asyncio.create_task(plain("b", ev))]
    await asyncio.sleep(0)
    print(br(ev))
    await asyncio.wait([ts[0]])
    print(log, br(ev)); log.clear()
    ev.set()
    await ts[1]
    print(log, br(ev)); log.clear()
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.03)
    except TimeoutError:
        print("wait_for TimeoutError", br(ev))
    ev.set()
    print("wait_for on set:", await asyncio.wait_for(ev.wait(), 0.03))
    ev.clear()
    # set() then the timeout callback before the waiter runs: TimeoutError
    a = asyncio.create_task(timed("a", ev, 10))
    await asyncio.sleep(0)
    cms["a"].reschedule(loop.time())
    ev.set()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("timeout first:", log, br(ev)); log.clear()
    ev.clear()
    # set() first: the waiter runs before the timeout callback and wins
    a = asyncio.create_task(timed("a", ev, 10))
    await asyncio.sleep(0)
    ev.set()
    cms["a"].reschedule(loop.time())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("set first:", log, br(ev)); log.clear()

asyncio.run(main())
