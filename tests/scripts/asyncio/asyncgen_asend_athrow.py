# asend, athrow and aclose on async generators.
import asyncio

async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
                print("received", v)
            except ValueError as e:
                print("handled", repr(e))
                yield "after error"
    finally:
        print("finally with", received)
        await asyncio.sleep(0)
        print("finally awaited")

async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.asend("b"))
    print(await g.athrow(ValueError("v")))
    print(await g.asend("c"))
    print("aclose ->", await g.aclose())
    try:
        await g.asend("d")
    except StopAsyncIteration:
        print("closed generator: StopAsyncIteration")
    g2 = echo()
    await g2.asend(None)
    try:
        await g2.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow propagated", repr(e))
    g3 = echo()
    try:
        await g3.asend(1)
    except TypeError as e:
        print("TypeError:", e)
    await g3.aclose()
    g4 = echo()
    print("aclose unstarted ->", await g4.aclose())
    aw = g4.asend(None)
    print(type(aw).__name__)
    try:
        await aw
    except StopAsyncIteration:
        print("unstarted closed: StopAsyncIteration")
    async def stop_inside():
        yield 1
        raise StopAsyncIteration
    try:
        async for x in stop_inside():
            print("x", x)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
