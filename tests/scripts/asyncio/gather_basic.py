# gather: result order, empty gather, duplicates, nested gather, futures mixed.
import asyncio

async def val(x, d=0):
    await asyncio.sleep(d)
    return x

async def main():
    print(await asyncio.gather(val(1, 0.03), val(2, 0.01), val(3, 0.02)))
    g = asyncio.gather()
    print("empty gather:", type(g).__name__, g.done(), await g)
    c = val("dup")
    print("same coroutine twice:", await asyncio.gather(c, c))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "fut")
    print("same future twice:", await asyncio.gather(f, f, val("x")))
    t = asyncio.create_task(val("task"))
    print("task and coroutine:", await asyncio.gather(t, val("coro"), t))
    inner1 = asyncio.gather(val("a"), val("b"))
    inner2 = asyncio.gather(val("c"), asyncio.gather(val("d"), val("e")))
    print("nested:", await asyncio.gather(inner1, inner2))
    gf = asyncio.gather(val(1), val(2))
    print("gather returns:", type(gf).__name__, isinstance(gf, asyncio.Future))
    print("awaited:", await gf, "result():", gf.result())
    done = loop.create_future()
    done.set_result("already")
    print("done future:", await asyncio.gather(done))
    print("generator args:", await asyncio.gather(*(val(i) for i in range(5))))
    class Aw:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return "custom awaitable"
    print("custom awaitable:", await asyncio.gather(Aw()))
    try:
        asyncio.gather(1)
    except TypeError as e:
        print("TypeError:", e)
    print("return_exceptions default ok:", await asyncio.gather(val(0), return_exceptions=False))

asyncio.run(main())
