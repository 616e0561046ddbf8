# Cancelling the gather future cancels its children.
import asyncio

log = []

async def child(name, d):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    g = asyncio.gather(child("a", 1), child("b", 1), child("c", 0))
    await asyncio.sleep(0.01)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("g cancelled:", g.cancelled(), "done:", g.done())
    print("g exception type:", type(g.exception()).__name__)
    print(sorted(log))
    log.clear()
    t1 = asyncio.create_task(child("t1", 1))
    t2 = asyncio.create_task(child("t2", 1))
    g2 = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    g2.cancel("stop all")
    try:
        await g2
    except asyncio.CancelledError as e:
        print("return_exceptions gather cancelled:", e.args)
    print("children cancelled:", t1.cancelled(), t2.cancelled())
    print(log)
    log.clear()
    async def waiter():
        return await asyncio.gather(child("w1", 1), child("w2", 1))
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("outer task cancelled:", w.cancelled())
    print(log)
    g3 = asyncio.gather(child("d1", 0), child("d2", 0))
    await g3
    print("cancel finished gather:", g3.cancel(), g3.result())

asyncio.run(main())
