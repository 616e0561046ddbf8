# No barging past waiters: release() hands its unit to the first waiter
# (value stays 0 until it runs); a newcomer queues even if value > 0
# while a live waiter exists.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def user(name, sem, hold=1):
    log.append(f"{name} acquire locked()={sem.locked()}")
    await sem.acquire()
    log.append(f"{name} got {br(sem)}")
    for _ in range(hold):
        await asyncio.sleep(0)
    sem.release()
    log.append(f"{name} released {br(sem)}")

async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    w = asyncio.create_task(user("W", sem))
    await asyncio.sleep(0)
    print(log, br(sem)); log.clear()
    n = asyncio.create_task(user("N", sem))   # runs before W's wake-up
    sem.release()
    print("released:", br(sem))
    for step in range(5):
        await asyncio.sleep(0)
        print(step, log, br(sem)); log.clear()
    # two units go to p and q; a newcomer queues behind r
    sem = asyncio.Semaphore(0)
    ts = [asyncio.create_task(user(n, sem, 2)) for n in ("p", "q", "r")]
    await asyncio.sleep(0)
    log.clear()
    sem.release()     # p woken: value 0
    sem.release()     # q woken: value 0
    print("two released:", br(sem), sem.locked())
    late = asyncio.create_task(user("late", sem))
    for step in range(7):
        await asyncio.sleep(0)
        print(step, log, br(sem)); log.clear()
    print([t.done() for t in ts], late.done(), br(sem))
    # value 1 but a woken waiter has not run yet: the newcomer still queues,
    # and the woken waiter's acquire() wakes it on the way out
    sem = asyncio.Semaphore(0)
    w = asyncio.create_task(user("W", sem))
    await asyncio.sleep(0)
    n = asyncio.create_task(user("N", sem))
    sem.release(); sem.release()
    print("value 1, W woken:", br(sem), sem.locked()); log.clear()
    for step in range(4):
        await asyncio.sleep(0)
        print(step, log, br(sem)); log.clear()

asyncio.run(main())
