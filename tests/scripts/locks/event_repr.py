# Bracket part of Event's repr: [unset], [set], waiters counted until their
# task runs (so [set, waiters:N] exists right after set()).
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

async def main():
    ev = asyncio.Event()
    r = repr(ev)
    print(r.startswith("<asyncio.locks.Event object at "), r.endswith(" [unset]>"))
    print(br(ev))
    ev.set(); print(br(ev))
    ev.clear(); print(br(ev))
    ts = [asyncio.create_task(ev.wait()) for _ in range(4)]
    print("created:", br(ev))
    await asyncio.sleep(0)
    print("waiting:", br(ev))
    ts[0].cancel()
    print("cancel requested:", br(ev))
    await asyncio.sleep(0)
    print("cancel ran:", br(ev))
    ev.set()
    print("set:", br(ev))
    ev.clear()
    print("cleared:", br(ev))
    await asyncio.sleep(0)
    print("woken ran:", br(ev))
    print(["cancelled" if t.cancelled() else t.result() for t in ts])

    class MyEvent(asyncio.Event):
        def is_set(self):
            return "custom"
    m = MyEvent()
    print(br(m), m.is_set())

asyncio.run(main())
