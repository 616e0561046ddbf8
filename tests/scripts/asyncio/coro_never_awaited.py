# A coroutine that is never awaited: RuntimeWarning is the last stderr line.
import asyncio

async def forgotten():
    print("never runs")

async def main():
    print("main start")
    forgotten()
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
print("after run")
