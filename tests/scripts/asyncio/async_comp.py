# Async comprehensions: list/set/dict/generator forms, await inside comprehensions.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    print([x async for x in agen(5)])
    print([x async for x in agen(10) if x % 3 == 0])
    print(sorted({x % 3 async for x in agen(9)}))
    print({x: x * x async for x in agen(4)})
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in agen(3)])
    print([(x, y) async for x in agen(3) for y in range(x)])
    print([y for x in range(3) async for y in agen(x)])
    g = (x + 1 async for x in agen(3))
    print(type(g).__name__)
    print([v async for v in g])
    coros = [double(i) for i in range(3)]
    print([await c for c in coros])
    print(sum([x async for x in agen(101)]))
    nested = [[y async for y in agen(x)] async for x in agen(4)]
    print(nested)
    try:
        print([x async for x in 7])
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
