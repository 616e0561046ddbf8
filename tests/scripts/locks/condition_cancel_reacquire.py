# A Condition waiter cancelled while parked must re-acquire the lock before
# CancelledError leaves wait(); while main holds the lock it stays stuck.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []
caught = []

async def waiter(name, cond):
    async with cond:
        try:
            await cond.wait()
            log.append(f"{name} notified")
        except asyncio.CancelledError as e:
            caught.append(e)
            log.append(f"{name} CancelledError{e.args} locked={cond.locked()}")
            raise
        finally:
            log.append(f"{name} finally locked={cond.locked()}")
    log.append(f"{name} left")

async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter("a", cond))
    await asyncio.sleep(0)
    print("parked:", br(cond))
    await cond.acquire()
    a.cancel("bye")
    for step in range(3):
        await asyncio.sleep(0)
        print(step, log, br(cond), a.done()); log.clear()
    cond.release()
    print("main released:", br(cond))
    for step in range(2):
        await asyncio.sleep(0)
        print(step, log, br(cond), a.done()); log.clear()
    try:
        await a
    except asyncio.CancelledError as e:
        print("await a:", e.args, e is caught[0], a.cancelled())
    # without contention the re-acquire is immediate
    b = asyncio.create_task(waiter("b", cond))
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.sleep(0)
    print(log, br(cond), b.cancelled()); log.clear()
    # cancelling twice while re-acquiring: still one CancelledError at the end
    c = asyncio.create_task(waiter("c", cond))
    await asyncio.sleep(0)
    await cond.acquire()
    c.cancel("first")
    await asyncio.sleep(0)
    c.cancel("second")
    await asyncio.sleep(0)
    print("cancelled twice:", log, br(cond), c.done()); log.clear()
    cond.release()
    await asyncio.sleep(0)
    print(log, c.cancelled(), caught[-1].args, c.cancelling()); log.clear()

asyncio.run(main())
