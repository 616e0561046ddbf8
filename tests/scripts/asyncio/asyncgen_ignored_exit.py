# An async generator that yields during aclose(): RuntimeError escapes asyncio.run.
import asyncio

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit, yielding anyway")
        yield 2

async def polite():
    try:
        yield 1
    finally:
        print("polite cleanup")

async def main():
    g = polite()
    print(await anext(g))
    await g.aclose()
    print("polite closed")
    g = stubborn()
    print(await anext(g))
    await g.aclose()
    print("not reached")

asyncio.run(main())
