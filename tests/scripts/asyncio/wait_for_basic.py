# wait_for: success, timeout raising TimeoutError, inner task cancelled on timeout.
import asyncio

log = []

async def slow(d, v):
    try:
        await asyncio.sleep(d)
        return v
    except asyncio.CancelledError:
        log.append(f"slow({v}) cancelled")
        raise

async def main():
    print("success:", await asyncio.wait_for(slow(0.01, "fast"), timeout=1))
    print("no timeout:", await asyncio.wait_for(slow(0, "none"), timeout=None))
    try:
        await asyncio.wait_for(slow(1, "too slow"), timeout=0.01)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, e.args, type(e) is asyncio.TimeoutError)
    print(log)
    t = asyncio.create_task(slow(1, "task"))
    try:
        await asyncio.wait_for(t, 0.01)
    except asyncio.TimeoutError:
        print("task cancelled by wait_for:", t.cancelled())
    print(log)
    try:
        await asyncio.wait_for(slow(1, "zero"), 0)
    except TimeoutError:
        print("timeout=0 raises TimeoutError")
    try:
        await asyncio.wait_for(asyncio.sleep(0, "ready"), 0)
    except TimeoutError:
        print("timeout=0 even for sleep(0) coroutine")
    done = asyncio.get_running_loop().create_future()
    done.set_result("ready")
    print("zero timeout with done future:", await asyncio.wait_for(done, 0))
    async def fails():
        raise KeyError("inner")
    try:
        await asyncio.wait_for(fails(), 1)
    except KeyError as e:
        print("inner exception propagates:", repr(e))
    async def swallow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "swallowed"
    try:
        r = await asyncio.wait_for(swallow(), 0.01)
        print("inner swallowed cancel, result:", r)
    except TimeoutError:
        print("TimeoutError despite swallow")
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, "future ok")
    print(await asyncio.wait_for(f, 1))
    try:
        await asyncio.wait_for(slow(1, "cause"), 0.01)
    except TimeoutError as e:
        print("cause:", type(e.__cause__).__name__, "context:", type(e.__context__).__name__)

asyncio.run(main())
