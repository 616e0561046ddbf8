import asyncio


async def worker(name, first, second, started):
    async with first:
        started.append(name)
        await asyncio.sleep(0)
        try:
            async with second:
                print(name, "got both")
        finally:
            print(name, "finally runs")


async def main():
    a = asyncio.Lock()
    b = asyncio.Lock()
    started = []
    try:
        await asyncio.gather(worker("left", a, b, started), worker("right", b, a, started))
    finally:
        print("main finally runs; started:", started)


asyncio.run(main())
