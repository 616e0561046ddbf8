# Cancelling an Event waiter removes its future; a waiter cancelled after
# set() still sees CancelledError; set() skips cancelled futures.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def waiter(name, ev):
    try:
        r = await ev.wait()
        log.append(f"{name} woke {r}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    ev = asyncio.Event()
    ts = {n: asyncio.create_task(waiter(n, ev)) for n in "abc"}
    await asyncio.sleep(0)
    print(br(ev))
    ts["b"].cancel()
    print("b cancel requested:", br(ev))
    await asyncio.sleep(0)
    print(log, br(ev)); log.clear()
    ts["a"].cancel()
    ev.set()                       # a's future is cancelled: skipped
    print("a cancelled, set:", br(ev))
    await asyncio.sleep(0)
    print(log, br(ev)); log.clear()
    ev.clear()
    d = asyncio.create_task(waiter("d", ev))
    await asyncio.sleep(0)
    ev.set()
    d.cancel()                     # woken, then cancelled before running
    await asyncio.sleep(0)
    print(log, br(ev), d.cancelled()); log.clear()
    try:
        await asyncio.wait_for(ev.wait(), 1)
        print("wait_for on set event: ok")
    except Exception as e:
        print(type(e).__name__)
    print({n: t.cancelled() for n, t in ts.items()})

asyncio.run(main())
