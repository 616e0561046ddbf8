# Cancellation delivered inside __aenter__, __aexit__, __anext__, and awaits in finally/except.
import asyncio

log = []

class CM:
    def __init__(self, where):
        self.where = where
    async def __aenter__(self):
        log.append("aenter start")
        await asyncio.sleep(5 if self.where == "enter" else 0)
        log.append("aenter done")
        return self
    async def __aexit__(self, et, e, tb):
        log.append(f"aexit start {et.__name__ if et else None}")
        await asyncio.sleep(5 if self.where == "exit" else 0)
        log.append("aexit done")
        return False

class AIter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        log.append(f"anext {self.i}")
        await asyncio.sleep(5 if self.i == 3 else 0)
        return self.i

async def with_enter(where):
    async with CM(where):
        log.append("body")
        await asyncio.sleep(5 if where == "body" else 0)
    log.append("after with")

async def for_loop():
    async for v in AIter():
        log.append(f"got {v}")

async def in_finally():
    try:
        await asyncio.sleep(0)
    finally:
        log.append("finally awaiting")
        await asyncio.sleep(5)
        log.append("finally done")

async def in_except():
    try:
        raise KeyError("k")
    except KeyError as e:
        log.append("handler awaiting")
        await asyncio.sleep(5)
        log.append("handler done")

async def case(name, coro):
    log.clear()
    t = asyncio.create_task(coro)
    for _ in range(4):
        await asyncio.sleep(0)
    t.cancel(name)
    try:
        await t
    except asyncio.CancelledError as e:
        log.append(f"CancelledError{e.args}")
        ctx = e.__context__
        log.append(f"context={type(ctx).__name__ if ctx else None}")
    print(name, log, t.cancelled(), t.cancelling())

async def main():
    for where in ("enter", "body", "exit"):
        await case(where, with_enter(where))
    await case("anext", for_loop())
    await case("finally", in_finally())
    await case("except", in_except())

asyncio.run(main())
