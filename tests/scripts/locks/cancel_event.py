# Cancelling Event waiters: before start, while waiting, after set() but
# before running, after finishing; cancel messages; the other waiters.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def waiter(name, ev):
    log.append(f"{name} start")
    try:
        r = await ev.wait()
    except asyncio.CancelledError as e:
        log.append(f"{name} CancelledError{e.args} {br(ev)}")
        raise
    log.append(f"{name} woke {r}")

async def scenario(title, cancel_at, set_at, msg=None):
    print(title)
    ev = asyncio.Event()
    a = asyncio.create_task(waiter("a", ev))
    b = asyncio.create_task(waiter("b", ev))
    for step in range(4):
        if step == set_at:
            ev.set()
            log.append("main set")
        if step == cancel_at:
            log.append(f"main cancels a -> {a.cancel(msg)}")
        await asyncio.sleep(0)
        print(" ", step, log, br(ev)); log.clear()
    await asyncio.gather(a, b, return_exceptions=True)
    print("  a:", "cancelled" if a.cancelled() else a.result(), br(ev))

async def main():
    await scenario("cancel before start", cancel_at=0, set_at=2)
    await scenario("cancel while waiting", cancel_at=1, set_at=2, msg="m1")
    await scenario("cancel in the step of set(), after it", cancel_at=2, set_at=2)
    await scenario("cancel after finishing", cancel_at=3, set_at=2)
    # cancel first, then set(): set() skips the cancelled future
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(n, ev)) for n in "xy"]
    await asyncio.sleep(0)
    log.clear()
    ts[0].cancel("early")
    ev.set()
    await asyncio.sleep(0)
    print("cancel then set:", log, br(ev)); log.clear()
    # cancelling twice: the waiting future was cancelled with the first
    # message, which is what the task sees; cancelling() counts both
    ev.clear()
    t = asyncio.create_task(waiter("t", ev))
    await asyncio.sleep(0)
    log.clear()
    t.cancel("one"); t.cancel("two")
    await asyncio.sleep(0)
    print("double cancel:", log, t.cancelling())

asyncio.run(main())
