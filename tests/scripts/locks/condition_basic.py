# Condition: wait()/notify() step by step; wait releases the lock and
# re-acquires it before returning True.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def waiter(name, cond):
    async with cond:
        log.append(f"{name} waits, locked={cond.locked()}")
        r = await cond.wait()
        log.append(f"{name} woke {r}, locked={cond.locked()}")
        await asyncio.sleep(0)
        log.append(f"{name} leaves")

async def main():
    cond = asyncio.Condition()
    print(br(cond), cond.locked())
    ws = [asyncio.create_task(waiter(n, cond)) for n in "ab"]
    await asyncio.sleep(0)
    print("waiting:", log, br(cond)); log.clear()
    await cond.acquire()
    print("main holds:", br(cond))
    print("notify ->", cond.notify())
    print("notified:", br(cond))
    await asyncio.sleep(0)
    print("still held by main:", log, br(cond)); log.clear()
    cond.release()
    print("released:", br(cond))
    for step in range(4):
        await asyncio.sleep(0)
        print(step, log, br(cond)); log.clear()
    async with cond:
        cond.notify()
    for step in range(4):
        await asyncio.sleep(0)
        print(step, log, br(cond)); log.clear()
    print([w.done() for w in ws])
    # notify with nobody waiting is a no-op
    async with cond:
        cond.notify(); cond.notify(5); cond.notify_all()
        print("no waiters:", br(cond))

asyncio.run(main())
