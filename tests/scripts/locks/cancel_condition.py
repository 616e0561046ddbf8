# Cancelling a Condition user at each await point: acquiring the lock on
# entry, parked in wait(), notified but not yet run, re-acquiring the lock,
# between wait_for() predicate checks.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def user(name, cond, state):
    log.append(f"{name} start")
    try:
        async with cond:
            log.append(f"{name} has lock")
            await cond.wait_for(lambda: state)
            log.append(f"{name} consumed {state.pop()}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled locked={cond.locked()} {br(cond)}")
        raise

async def scenario(title, actions):
    print(title)
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    state = []
    a = asyncio.create_task(user("a", cond, state))
    b = asyncio.create_task(user("b", cond, state))
    for step in range(7):
        for act in actions.get(step, ()):
            if act == "acquire":
                await lock.acquire(); log.append("main acquired")
            elif act == "release":
                lock.release(); log.append("main released")
            elif act == "notify":
                state.append(f"item{step}"); cond.notify(); log.append("main notify")
            elif act == "spurious":
                cond.notify(); log.append("main notify (no item)")
            elif act == "cancel":
                a.cancel(); log.append("main cancels a")
        await asyncio.sleep(0)
        print(" ", step, log, br(cond), br(lock)); log.clear()
    for t in (a, b):
        t.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print("  left:", log, br(cond), state); log.clear()

async def main():
    await scenario("cancel while acquiring the lock on entry",
                   {0: ["acquire"], 1: ["cancel"], 2: ["release"]})
    await scenario("cancel while parked in wait()",
                   {1: ["cancel"]})
    await scenario("cancel after notify, before it runs",
                   {1: ["acquire"], 2: ["notify", "release", "cancel"]})
    await scenario("cancel while re-acquiring the lock",
                   {1: ["acquire"], 2: ["notify"], 3: ["cancel"], 4: ["release"]})
    await scenario("cancel after a spurious wake-up, parked again",
                   {1: ["acquire"], 2: ["spurious", "release"], 4: ["cancel"]})

asyncio.run(main())
