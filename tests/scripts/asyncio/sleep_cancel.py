# Cancelling tasks during sleep: finally blocks run, nested cleanup ordering.
import asyncio

log = []

async def inner(name):
    try:
        await asyncio.sleep(1)
    finally:
        log.append(f"{name} inner finally")

async def outer(name):
    try:
        await inner(name)
    except asyncio.CancelledError:
        log.append(f"{name} outer caught")
        raise
    finally:
        log.append(f"{name} outer finally")

async def cleanup_awaits():
    try:
        await asyncio.sleep(1)
    finally:
        log.append("cleanup start")
        await asyncio.sleep(0)
        log.append("cleanup after await")

async def main():
    t = asyncio.create_task(outer("A"))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw A cancelled")
    for line in log:
        print(line)
    log.clear()
    t2 = asyncio.create_task(cleanup_awaits())
    await asyncio.sleep(0)
    t2.cancel()
    await asyncio.sleep(0)
    print("after one step:", log, t2.done())
    await asyncio.sleep(0)
    print("after two steps:", log, t2.done(), t2.cancelled())
    log.clear()
    ts = [asyncio.create_task(outer(n)) for n in "XYZ"]
    await asyncio.sleep(0)
    for t in ts:
        t.cancel()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(log)
    t3 = asyncio.create_task(asyncio.sleep(10, "never"))
    await asyncio.sleep(0.01)
    t3.cancel("timer cancelled")
    try:
        await t3
    except asyncio.CancelledError as e:
        print("sleep task cancelled:", e.args)

asyncio.run(main())
