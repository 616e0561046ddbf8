# call_soon ordering with args, handles, cancel, nested scheduling.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    def rec(*args):
        log.append(args)
    h1 = loop.call_soon(rec, 1)
    h2 = loop.call_soon(rec, 2, "two")
    h3 = loop.call_soon(rec)
    print(type(h1).__name__, h1.cancelled())
    h2.cancel()
    print("h2 cancelled:", h2.cancelled(), "h1:", h1.cancelled())
    h2.cancel()
    print("log before yield:", log)
    await asyncio.sleep(0)
    print("log after yield:", log)
    log.clear()
    def outer():
        log.append("outer")
        loop.call_soon(lambda: log.append("nested"))
    loop.call_soon(outer)
    loop.call_soon(log.append, "second")
    await asyncio.sleep(0)
    print("one iteration:", log)
    await asyncio.sleep(0)
    print("two iterations:", log)
    log.clear()
    for i in range(10):
        loop.call_soon(log.append, i)
    await asyncio.sleep(0)
    print(log)
    h = loop.call_soon(print, "never")
    h.cancel()
    r = repr(h)
    print("cancelled repr starts:", r.split(" ")[0], "cancelled" in r)
    print("get_context type:", type(h.get_context()).__name__)
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
