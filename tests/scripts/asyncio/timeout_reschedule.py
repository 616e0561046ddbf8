# timeout reschedule, timeout_at, nested timeouts.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 1)
        print("rescheduled from None:", cm.when() is not None)
        cm.reschedule(None)
        print("back to None:", cm.when())
        await asyncio.sleep(0.01)
    print("expired:", cm.expired())
    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(0)
            cm.reschedule(loop.time() + 0.01)
            print("shortened")
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired after reschedule:", cm.expired())
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(loop.time() + 1)
        await asyncio.sleep(0.03)
        print("extended timeout survived sleep")
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            print("timeout_at type:", type(cm).__name__)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")
    log = []
    try:
        async with asyncio.timeout(0.01):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(1)
            except TimeoutError:
                log.append("inner caught (wrong)")
            except asyncio.CancelledError:
                log.append("inner saw CancelledError")
                raise
    except TimeoutError:
        log.append("outer TimeoutError")
    print(log)
    log.clear()
    async with asyncio.timeout(1):
        try:
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
        except TimeoutError:
            log.append("inner TimeoutError")
        await asyncio.sleep(0)
        log.append("outer body continues")
    print(log)
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
    except TimeoutError:
        print("both expiring: one TimeoutError reaches outside")
    print("task cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
