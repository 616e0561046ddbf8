# shield on done futures, on coroutines, inner cancelled, and a cancelled waiter whose inner finishes later.
import asyncio

S = 0.04
log = []

async def work(name, d, fail=False):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    log.append(f"{name} finished")
    if fail:
        raise OSError(name)
    return name.upper()

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("already")
    s = asyncio.shield(f)
    print("shield of done future is the same object:", s is f, await s)
    failed = loop.create_future()
    failed.set_exception(KeyError("k"))
    print("shield of failed future returns it:", asyncio.shield(failed) is failed, repr(failed.exception()))

    outer = asyncio.shield(work("coro", 0))
    print("shield(coroutine) gives:", type(outer).__name__, "tasks now:", len(asyncio.all_tasks()))
    print("awaited:", await outer)

    inner = asyncio.create_task(work("inner", 2 * S))
    async def waiter():
        try:
            return await asyncio.shield(inner)
        except asyncio.CancelledError as e:
            log.append(f"waiter cancelled {e.args}")
            raise
    w = asyncio.create_task(waiter())
    await asyncio.sleep(S)
    w.cancel("stop waiting")
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled:", w.cancelled(), "inner done:", inner.done())
    print("inner result still retrievable:", await inner, log)
    log.clear()

    inner2 = asyncio.create_task(work("inner2", 5))
    sh = asyncio.shield(inner2)
    await asyncio.sleep(0)
    inner2.cancel("inner itself")
    try:
        await sh
    except asyncio.CancelledError as e:
        print("inner cancellation reaches shield outer:", sh.cancelled(), e.args, log)
    log.clear()

    inner3 = asyncio.create_task(work("inner3", S, fail=True))
    sh3 = asyncio.shield(inner3)
    sh3.cancel()
    await asyncio.sleep(2 * S)
    print("outer cancelled first:", sh3.cancelled(), "inner3 exception:", repr(inner3.exception()), log)

    inner4 = asyncio.create_task(work("inner4", S))
    shields = [asyncio.shield(inner4) for _ in range(3)]
    shields[0].cancel()
    res = await asyncio.gather(*shields, return_exceptions=True)
    print("three shields, first cancelled:", [type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    try:
        asyncio.shield(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
