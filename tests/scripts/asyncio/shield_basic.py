# shield protects the inner task from cancellation of the outer waiter.
import asyncio

log = []

async def precious(gate):
    try:
        await gate.wait()
        log.append("precious finished")
        return "treasure"
    except asyncio.CancelledError:
        log.append("precious cancelled")
        raise

async def main():
    gate = asyncio.Event()
    inner = asyncio.create_task(precious(gate))
    async def waiter():
        return await asyncio.shield(inner)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled:", w.cancelled())
    print("inner still running:", not inner.done())
    gate.set()
    print("inner result:", await inner)
    print(log)
    print("shield of done future passes through:", await asyncio.shield(asyncio.sleep(0, "x")))
    inner2 = asyncio.create_task(precious(asyncio.Event()))
    s = asyncio.shield(inner2)
    print("shield returns new future:", s is not inner2, type(s).__name__)
    await asyncio.sleep(0)
    inner2.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("inner cancelled -> shield future cancelled:", s.cancelled())
    print(log)
    t = asyncio.create_task(precious(gate))
    await t
    print("shield of finished task is same object:", asyncio.shield(t) is t)
    gate2 = asyncio.Event()
    try:
        r = await asyncio.wait_for(asyncio.shield(precious(gate2)), 0.01)
    except TimeoutError:
        print("wait_for timed out on shielded coroutine")
    print(log)
    gate2.set()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)
    async def fails():
        raise KeyError("shielded error")
    try:
        await asyncio.shield(fails())
    except KeyError as e:
        print("exception passes through shield:", repr(e))

asyncio.run(main())
