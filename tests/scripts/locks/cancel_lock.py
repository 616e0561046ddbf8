# Cancelling a Lock user at each point: before it starts, while queued,
# after release() woke it, while holding the lock inside `async with`.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def user(name, lock):
    log.append(f"{name} start")
    try:
        async with lock:
            log.append(f"{name} holds")
            await asyncio.sleep(0)
            log.append(f"{name} done holding")
    except asyncio.CancelledError as e:
        log.append(f"{name} CancelledError{e.args} {br(lock)}")
        raise
    log.append(f"{name} exit")

async def scenario(title, cancel_at, release_at=None, msg=None):
    print(title)
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(user("a", lock))
    b = asyncio.create_task(user("b", lock))
    for step in range(6):
        if step == release_at:
            lock.release()
            log.append("main released")
        if step == cancel_at:
            log.append(f"main cancels a -> {a.cancel(msg)}")
        await asyncio.sleep(0)
        print(" ", step, log, br(lock)); log.clear()
    if lock.locked():
        lock.release()
    await asyncio.gather(a, b, return_exceptions=True)
    print("  a:", "cancelled" if a.cancelled() else a.result(), "b:", b.done(), br(lock))

async def main():
    await scenario("cancel before the task starts", cancel_at=0, release_at=2)
    await scenario("cancel while queued", cancel_at=1, release_at=2)
    await scenario("cancel right after release woke it", cancel_at=2, release_at=2)
    await scenario("cancel while holding", cancel_at=3, release_at=2, msg="stop")
    await scenario("cancel after it finished", cancel_at=5, release_at=1)
    # cancelling the owner never releases a bare acquire()
    lock = asyncio.Lock()
    async def owner():
        await lock.acquire()
        await asyncio.sleep(10)
    t = asyncio.create_task(owner())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("owner cancelled:", t.cancelled(), br(lock))

asyncio.run(main())
