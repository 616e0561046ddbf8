# Futures with exceptions: class vs instance, shared exception objects, __context__ chains.
import asyncio

class AppError(Exception):
    pass

def thrower():
    raise AppError("deep failure")

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(AppError)
    e = f.exception()
    print("class instantiated:", type(e).__name__, e.args, isinstance(e, AppError))
    print("same object each time:", f.exception() is e)
    try:
        f.result()
    except AppError as got:
        print("result() raises the stored object:", got is e)
    for bad in (StopIteration, StopIteration("x")):
        g = loop.create_future()
        g.set_exception(bad)
        x = g.exception()
        print("StopIteration stored as", repr(x), "cause:", repr(x.__cause__), x.__context__ is x.__cause__)
    try:
        loop.create_future().set_exception(42)
    except TypeError as te:
        print("TypeError for non-exception:", te)

    shared = loop.create_future()
    try:
        thrower()
    except AppError as exc:
        shared.set_exception(exc)
    stored = shared.exception()
    print("traceback kept:", stored.__traceback__ is not None)

    async def awaiter(n):
        try:
            await shared
        except AppError as exc:
            return (n, exc is stored, exc.args)

    print("awaiters:", await asyncio.gather(*(awaiter(i) for i in range(3))))

    async def reraiser():
        try:
            await shared
        except AppError:
            raise
    results = await asyncio.gather(reraiser(), reraiser(), return_exceptions=True)
    print("re-raised objects identical:", results[0] is results[1] is stored)

    try:
        try:
            raise KeyError("handling")
        except KeyError:
            await shared
    except AppError as exc:
        print("context while awaiting inside except:", repr(exc.__context__))
        print("cause:", exc.__cause__, "suppress:", exc.__suppress_context__)
        exc.__context__ = None

    async def chained():
        try:
            await shared
        except AppError as exc:
            raise RuntimeError("wrapped") from exc
    t = asyncio.create_task(chained())
    try:
        await t
    except RuntimeError as exc:
        print("task chain:", repr(exc), "->", repr(exc.__cause__), exc.__cause__ is stored)
        print("task exception is same object:", t.exception() is exc)
    await shared

asyncio.run(main())
