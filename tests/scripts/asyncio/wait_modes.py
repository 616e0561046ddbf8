# asyncio.wait with FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED and timeout.
import asyncio

async def val(x, d):
    await asyncio.sleep(d)
    return x

async def boom(d):
    await asyncio.sleep(d)
    raise ValueError("boom")

def results(done):
    out = []
    for t in done:
        out.append(repr(t.exception()) if t.exception() else t.result())
    return sorted(out)

async def main():
    ts = [asyncio.create_task(val(i, 0.01 * (i + 1))) for i in range(3)]
    done, pending = await asyncio.wait(ts)
    print("ALL_COMPLETED:", results(done), len(pending), type(done).__name__)
    ts = [asyncio.create_task(val(i, 0.015 * (i + 1))) for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED:", results(done), len(pending))
    done2, pending2 = await asyncio.wait(pending)
    print("rest:", results(done2), len(pending2))
    ts = [asyncio.create_task(val("a", 0.01)), asyncio.create_task(boom(0.02)),
          asyncio.create_task(val("c", 0.05))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION:", results(done), len(pending))
    for t in pending:
        t.cancel()
    ts = [asyncio.create_task(val("x", 0.01)), asyncio.create_task(val("y", 0.05))]
    done, pending = await asyncio.wait(ts, timeout=0.03)
    print("timeout:", results(done), len(pending))
    print("pending not cancelled by wait:", [t.cancelled() for t in pending])
    await asyncio.wait(pending)
    ts = [asyncio.create_task(val("n", 0.01))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION without error:", results(done), len(pending))
    print("constants:", asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(ts, return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)
    c = val(1, 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    f = asyncio.get_running_loop().create_future()
    f.set_result("f")
    done, pending = await asyncio.wait([f], timeout=0)
    print("done future timeout=0:", results(done), len(pending))

asyncio.run(main())
