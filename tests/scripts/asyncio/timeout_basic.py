# asyncio.timeout(): expiry, expired(), when(), None, repr state.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.01) as cm:
            print("inside: expired?", cm.expired(), type(cm).__name__)
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError:", type(e).__name__, e.args)
        print("cause:", type(e.__cause__).__name__)
    print("expired after:", cm.expired())
    print("repr:", repr(cm).split(" when=")[0])
    async with asyncio.timeout(None) as cm2:
        print("None when:", cm2.when(), "expired:", cm2.expired())
        await asyncio.sleep(0.01)
    print("no timeout expired:", cm2.expired())
    print("repr none:", repr(cm2))
    async with asyncio.timeout(1) as cm3:
        await asyncio.sleep(0)
        print("when in future:", cm3.when() > loop.time())
    print("finished without expiring:", cm3.expired())
    try:
        async with asyncio.timeout(0):
            print("body runs for timeout(0)")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("timeout(0) expired at first await")
    try:
        async with asyncio.timeout(-1):
            print("negative body runs")
    except TimeoutError:
        print("not reached")
    else:
        print("no await, no timeout for negative delay")
    try:
        async with asyncio.timeout(0.01):
            raise KeyError("inner error")
    except KeyError as e:
        print("other exception passes:", repr(e))
    cm4 = asyncio.timeout(1)
    print("unentered repr:", repr(cm4))
    try:
        cm4.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cm4:
        pass
    try:
        async with cm4:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
