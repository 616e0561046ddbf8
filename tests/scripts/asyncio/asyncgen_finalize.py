# Partially consumed async generators are closed by the loop (finally runs).
import asyncio

async def ticker(name):
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0)
    finally:
        print(f"{name}: finally runs")
        await asyncio.sleep(0)
        print(f"{name}: finally after await")

async def main():
    g = ticker("break-early")
    async for v in g:
        if v == 2:
            print("breaking at", v)
            break
    print("after break, generator not yet closed")
    await g.aclose()
    print("explicit aclose done")
    kept = ticker("kept-alive")
    print("first from kept:", await anext(kept))
    global survivor
    survivor = kept
    print("main returning")

asyncio.run(main())
print("after asyncio.run")
