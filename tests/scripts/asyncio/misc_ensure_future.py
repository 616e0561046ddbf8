# ensure_future / iscoroutine / isfuture on various objects.
import asyncio

async def coro_fn(x=1):
    await asyncio.sleep(0)
    return x

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "awaitable result"

def gen():
    yield 1

async def agen():
    yield 1

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(coro_fn(5))
    print("coroutine ->", type(t).__name__, await t)
    f = loop.create_future()
    print("future passes through:", asyncio.ensure_future(f) is f)
    print("task passes through:", asyncio.ensure_future(t) is t)
    a = asyncio.ensure_future(Awaitable())
    print("awaitable ->", type(a).__name__, await a)
    for bad in (5, "s", gen(), coro_fn):
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print("TypeError:", e)
    c = coro_fn()
    g = gen()
    ag = agen()
    checks = [("coroutine", c), ("coro function", coro_fn), ("generator", g),
              ("async generator", ag), ("future", f), ("task", t), ("int", 1),
              ("awaitable obj", Awaitable())]
    for name, obj in checks:
        print(f"{name}: iscoroutine={asyncio.iscoroutine(obj)} isfuture={asyncio.isfuture(obj)}")
    c.close()
    print("ensure_future with loop:", type(asyncio.ensure_future(coro_fn(), loop=loop)).__name__)
    f.cancel()
    print("get_event_loop inside running loop:", asyncio.get_event_loop() is loop)
    print("_get_running_loop:", asyncio.events._get_running_loop() is loop)
    class Fake:
        _asyncio_future_blocking = False
        def get_loop(self):
            return loop
    print("duck-typed isfuture:", asyncio.isfuture(Fake()), asyncio.isfuture(Fake))
    other = asyncio.new_event_loop()
    try:
        asyncio.ensure_future(f, loop=other)
    except ValueError as e:
        print("ValueError:", e)
    other.close()
    await asyncio.sleep(0)

asyncio.run(main())
