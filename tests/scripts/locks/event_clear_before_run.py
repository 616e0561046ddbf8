# set() then clear() before the waiters run: their futures were already
# completed, so they still return True; a new waiter blocks.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def waiter(name, ev):
    r = await ev.wait()
    log.append(f"{name} -> {r} is_set={ev.is_set()}")

async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(waiter("a", ev))
    b = asyncio.create_task(waiter("b", ev))
    await asyncio.sleep(0)
    print(br(ev))
    ev.set()
    ev.clear()
    print("set+clear:", br(ev), ev.is_set())
    c = asyncio.create_task(waiter("c", ev))
    await asyncio.sleep(0)
    print(log, br(ev)); log.clear()
    await asyncio.sleep(0)
    print(log, br(ev), a.done(), b.done(), c.done())
    # set/clear/set: c is woken once; later clear does not un-wake it
    ev.set(); ev.clear(); ev.set(); ev.clear()
    d = asyncio.create_task(waiter("d", ev))
    await asyncio.sleep(0)
    print(log, br(ev)); log.clear()
    # clear() with a pending waiter changes nothing for it
    ev.clear()
    await asyncio.sleep(0)
    print("after clear:", log, br(ev), d.done())
    ev.set()
    await d
    print(log, br(ev))

asyncio.run(main())
