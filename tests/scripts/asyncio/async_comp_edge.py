# Async comprehensions: await in conditions, nested async for, dict/set forms, errors mid-way.
import asyncio

log = []

async def agen(n, tag="g"):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        log.append(f"{tag} closed")

async def is_odd(x):
    await asyncio.sleep(0)
    return x % 2 == 1

async def boom_at(x, n):
    if x == n:
        raise ValueError(f"boom at {x}")
    return x

async def main():
    print([x async for x in agen(8) if await is_odd(x)])
    print([x async for x in agen(8) if x > 2 if await is_odd(x)])
    print([x for x in range(6) if not await is_odd(x)])
    print({x: [y async for y in agen(x, "inner")] async for x in agen(3, "outer")})
    print("log:", log)
    log.clear()
    print({x * y async for x in agen(4) async for y in agen(3)})
    print([[x, y] async for x in agen(3) if x for y in range(x) if await is_odd(x + y)])
    print([(yield_val := x) async for x in agen(3)], yield_val)
    log.clear()

    src = agen(10, "aborted")
    try:
        print([await boom_at(x, 3) async for x in src])
    except ValueError as e:
        print("mid-comprehension error:", e)
    print("source left suspended:", log, src.ag_frame is not None)
    await src.aclose()
    print("after explicit aclose:", log)
    log.clear()

    async def gen_expr_user():
        src2 = agen(5, "genexp")
        g = (await boom_at(x, 2) async for x in src2)
        got = []
        try:
            async for v in g:
                got.append(v)
        except ValueError as e:
            got.append(str(e))
        await g.aclose()
        got.append(list(log))
        await src2.aclose()
        return got
    print("async genexpr:", await gen_expr_user(), log)
    log.clear()

    async def scoped():
        x = "outer x"
        vals = [x async for x in agen(2)]
        return x, vals
    print("comprehension scope:", await scoped())
    try:
        [x for x in agen(2)]
    except TypeError as e:
        print("TypeError:", e)
    src3 = agen(3, "div")
    try:
        {x: 1 / x async for x in src3}
    except ZeroDivisionError as e:
        print("ZeroDivisionError in dict comp:", e)
    await src3.aclose()
    print("final log:", log)

asyncio.run(main())
