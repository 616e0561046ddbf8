# Async generators: return in try/finally, athrow caught with a yield, aclose unstarted, break + later close.
import asyncio

log = []

async def ret_in_finally():
    try:
        yield 1
        return
    finally:
        log.append("finally after return")
        await asyncio.sleep(0)
        log.append("finally awaited")

async def catcher():
    while True:
        try:
            yield "normal"
        except LookupError as e:
            log.append(f"caught {e!r}")
            yield f"recovered from {type(e).__name__}"

async def counter(n):
    try:
        for i in range(n):
            x = yield i
            if x is not None:
                log.append(f"sent {x}")
    finally:
        log.append(f"counter closed")

async def main():
    print("return in try/finally:", [x async for x in ret_in_finally()], log)
    log.clear()
    g = catcher()
    print(await anext(g), await g.athrow(KeyError("k")), await anext(g))
    print(await g.athrow(IndexError("i")), log)
    try:
        await g.athrow(ValueError("not caught"))
    except ValueError as e:
        print("uncaught athrow:", repr(e), "ag_running:", g.ag_running, "frame gone:", g.ag_frame is None)
    log.clear()

    g2 = counter(3)
    print("aclose never started:", await g2.aclose(), log, "frame gone:", g2.ag_frame is None)
    try:
        await anext(g2)
    except StopAsyncIteration:
        print("anext after aclose: StopAsyncIteration")

    g3 = counter(10)
    async for v in g3:
        if v == 2:
            break
    print("after break, not closed yet:", log, g3.ag_frame is not None)
    await g3.aclose()
    print("closed later:", log)
    log.clear()

    g4 = counter(5)
    print("asend:", await g4.asend(None), await g4.asend("a"), await g4.asend("b"), log)
    try:
        await g4.asend("c"); await g4.asend("d"); await g4.asend("e")
    except StopAsyncIteration:
        print("exhausted by asend:", log)
    log.clear()

    gen_expr = (i * i async for i in counter(4) if i % 2)
    print("genexpr type:", type(gen_expr).__name__, [v async for v in gen_expr], log)
    print("anext default:", await anext(counter(0), "dflt"))
    aw = anext(counter(1))
    print("anext awaitable:", type(aw).__name__, await aw)
    print("athrow on a finished generator returns:", await g.athrow(ValueError("ignored")))
    print("names:", counter.__name__, g4.__name__, g4.__qualname__, type(g4).__name__)

asyncio.run(main())
