# A wait_for timeout escaping asyncio.run ends the script with TimeoutError.
import asyncio

async def forever():
    try:
        await asyncio.sleep(10)
    finally:
        print("inner finally ran")

async def main():
    print("starting")
    await asyncio.wait_for(forever(), timeout=0.01)
    print("not reached")

asyncio.run(main())
