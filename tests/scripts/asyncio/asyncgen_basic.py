# Async generators: iteration, type, attributes, anext() builtin.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i
    print("agen exhausted")

async def main():
    g = agen(3)
    print(type(g).__name__, g.ag_code.co_name, g.__name__, g.ag_running)
    print("aiter is self:", g.__aiter__() is g, aiter(g) is g)
    async for v in g:
        print("got", v)
    async for v in g:
        print("not reached", v)
    print("second pass empty")
    g2 = agen(2)
    print(await anext(g2), await g2.__anext__())
    try:
        await anext(g2)
    except StopAsyncIteration:
        print("StopAsyncIteration from anext")
    print("default:", await anext(g2, "dflt"))
    aw = anext(agen(1))
    print("anext awaitable type:", type(aw).__name__)
    print(await aw)
    print("list:", [x async for x in agen(4)])
    async def early_return():
        yield 1
        return
        yield 2
    print([x async for x in early_return()])
    async def raising():
        yield "a"
        raise ValueError("inside agen")
    out = []
    try:
        async for x in raising():
            out.append(x)
    except ValueError as e:
        print("propagated", e, out)
    try:
        await anext(5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
