# An ExceptionGroup from a TaskGroup escaping asyncio.run ends the script.
import asyncio

async def worker(i):
    await asyncio.sleep([0, 0.01, 0.05, 10][i])
    if i == 2:
        raise RuntimeError(f"worker {i} failed")
    print("worker", i, "ok")
    return i

async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(4):
            tg.create_task(worker(i))
    print("not reached")

asyncio.run(main())
