# A failed task whose exception is never retrieved is reported on stderr.
import asyncio

async def fails():
    print("fails running")
    raise ValueError("nobody looked at me")

async def ok():
    return 1

async def main():
    asyncio.create_task(fails())
    t = asyncio.create_task(ok())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("ok result:", t.result())
    print("main returning")

asyncio.run(main())
print("after asyncio.run")
