# gather: return_exceptions=True, first exception propagates, others keep running.
import asyncio

log = []

async def ok(name, d):
    await asyncio.sleep(d)
    log.append(f"{name} finished")
    return name

async def bad(name, d):
    await asyncio.sleep(d)
    log.append(f"{name} raising")
    raise ValueError(name)

async def main():
    res = await asyncio.gather(ok("a", 0), bad("b", 0), ok("c", 0.01), return_exceptions=True)
    print("return_exceptions:", res)
    log.clear()
    a = asyncio.create_task(ok("slow", 0.1))
    try:
        await asyncio.gather(bad("first", 0.01), bad("second", 0.06), a)
    except ValueError as e:
        print("propagated:", repr(e))
    print("slow still running:", not a.done(), a.cancelled())
    print("log at propagation:", log)
    await asyncio.wait([a])
    print("log later:", log)
    print("slow result:", a.result())
    res = await asyncio.gather(asyncio.sleep(0, "s"), bad("x", 0), return_exceptions=True)
    print([type(r).__name__ for r in res], res[1].args)
    t = asyncio.create_task(bad("canc", 1))
    await asyncio.sleep(0)
    t.cancel()
    res = await asyncio.gather(t, ok("fine", 0), return_exceptions=True)
    print("cancelled child as result:", type(res[0]).__name__, res[1])
    t2 = asyncio.create_task(bad("canc2", 1))
    await asyncio.sleep(0)
    t2.cancel("why")
    try:
        await asyncio.gather(t2, ok("fine2", 0))
    except asyncio.CancelledError as e:
        print("child cancellation propagates:", type(e).__name__, e.args)
    class MyBase(BaseException):
        pass
    async def mybase():
        raise MyBase("b")
    res = await asyncio.gather(mybase(), return_exceptions=True)
    print("BaseException subclass collected:", res)
    try:
        await asyncio.gather(mybase())
    except MyBase as e:
        print("BaseException subclass propagates:", repr(e))
    res = await asyncio.gather(bad("last", 0), return_exceptions=True)
    print(res)
    await asyncio.gather(ok("z", 0), bad("final", 0))

asyncio.run(main())
