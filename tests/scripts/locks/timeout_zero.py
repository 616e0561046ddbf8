# Zero and already-expired timeouts: wait_for(x, 0) and timeout(0) around
# each primitive, contended and uncontended (no timer involved).
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

async def try_wait_for(label, aw, prim):
    try:
        r = await asyncio.wait_for(aw, 0)
        print(label, "->", r, br(prim))
    except TimeoutError:
        print(label, "-> TimeoutError", br(prim))

async def try_timeout0(label, make, prim):
    try:
        async with asyncio.timeout(0):
            r = await make()
        print(label, "->", r, br(prim))
    except TimeoutError:
        print(label, "-> TimeoutError", br(prim))

async def main():
    lock = asyncio.Lock()
    # wait_for(coro, 0) wraps the coroutine in a task and cancels it before
    # it starts, even when it would not block
    await try_wait_for("wait_for(free lock, 0)", lock.acquire(), lock)
    await try_timeout0("timeout(0) free lock", lock.acquire, lock)
    await try_timeout0("timeout(0) held lock", lock.acquire, lock)
    lock.release()
    ev = asyncio.Event()
    await try_wait_for("wait_for(unset event, 0)", ev.wait(), ev)
    ev.set()
    await try_timeout0("timeout(0) set event", ev.wait, ev)
    ev.clear()
    await try_timeout0("timeout(0) unset event", ev.wait, ev)
    sem = asyncio.Semaphore(1)
    await try_timeout0("timeout(0) sem", sem.acquire, sem)
    await try_timeout0("timeout(0) sem again", sem.acquire, sem)
    cond = asyncio.Condition()
    async with cond:
        await try_timeout0("timeout(0) cond.wait", cond.wait, cond)
        await try_timeout0("timeout(0) wait_for(True)", lambda: cond.wait_for(lambda: 5), cond)
    b = asyncio.Barrier(1)
    await try_timeout0("timeout(0) Barrier(1)", b.wait, b)
    # a done future passed to wait_for(..., 0) returns its result
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("done")
    await try_wait_for("wait_for(done future, 0)", fut, b)
    # a task that already finished
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    await try_wait_for("wait_for(finished task, 0)", t, lock)

asyncio.run(main())
