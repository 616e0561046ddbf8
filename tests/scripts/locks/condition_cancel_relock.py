# Cancellation while a notified waiter is re-acquiring the lock: the
# CancelledError is held until the lock is re-acquired, then re-raised
# (same instance), and the notification is passed on to another waiter.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []
raised = {}

async def consumer(name, cond, state):
    async with cond:
        try:
            await cond.wait_for(lambda: state)
        except asyncio.CancelledError as e:
            raised[name] = e
            log.append(f"{name} cancelled with lock={cond.locked()}")
            raise
        log.append(f"{name} consumed {state.pop()}")

async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    state = []
    a = asyncio.create_task(consumer("a", cond, state))
    b = asyncio.create_task(consumer("b", cond, state))
    await asyncio.sleep(0)
    print("parked:", br(cond))
    await cond.acquire()
    state.append("item")
    cond.notify()
    print("notified one:", br(cond))
    await asyncio.sleep(0)
    print("a now waits for the lock:", log, br(cond), br(lock))
    a.cancel("foo")
    print("a cancelled while relocking")
    cond.release()
    for step in range(5):
        await asyncio.sleep(0)
        print(step, log, br(cond), br(lock), state); log.clear()
    try:
        await a
    except asyncio.CancelledError as e:
        print("a:", e.args, e is raised["a"])
    print("b:", b.done(), b.result() if b.done() else None, br(cond))

asyncio.run(main())
