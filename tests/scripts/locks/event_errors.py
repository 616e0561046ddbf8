# Event misuse: constructor arguments, calling wait() without awaiting it,
# a waiter whose task is cancelled with a message. Ends uncaught.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

for f in (lambda: asyncio.Event(1), lambda: asyncio.Event(loop=None),
          lambda: asyncio.Event[int], lambda: asyncio.Event().set(1)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

async def main():
    ev = asyncio.Event()
    c = ev.wait()
    print("not awaited yet:", br(ev))
    c.close()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel("stop waiting")
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError:", e.args, br(ev))
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel("uncaught")
    print("awaiting a cancelled waiter:")
    await t

asyncio.run(main())
