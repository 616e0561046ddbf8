# Code inside asyncio.timeout that catches CancelledError; uncaught timeout at end.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner caught CancelledError, swallowing")
            print("continuing in body after swallow")
    except TimeoutError:
        print("TimeoutError raised anyway")
    print("expired:", cm.expired())
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                print("finally inside timeout")
                await asyncio.sleep(0)
                print("await in finally still works")
    except TimeoutError:
        print("TimeoutError after finally")
    print("cancelling:", asyncio.current_task().cancelling())
    async def child():
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    t = asyncio.create_task(child())
    try:
        await t
    except TimeoutError:
        print("child task failed with TimeoutError:", t.cancelled(), type(t.exception()).__name__)
    async with asyncio.timeout(0.01):
        print("last timeout, not caught")
        await asyncio.sleep(1)

asyncio.run(main())
