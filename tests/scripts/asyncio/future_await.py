# Awaiting futures from tasks; futures resolved by call_soon / call_later.
import asyncio

async def waiter(name, fut):
    print(name, "waiting")
    try:
        v = await fut
        print(name, "got", v)
        return v
    except Exception as e:
        print(name, "raised", repr(e))
        return None

async def main():
    loop = asyncio.get_running_loop()
    f = asyncio.Future()
    print("Future() loop is running loop:", f.get_loop() is loop)
    t1 = asyncio.create_task(waiter("w1", f))
    t2 = asyncio.create_task(waiter("w2", f))
    await asyncio.sleep(0)
    loop.call_soon(f.set_result, "hello")
    print("results:", await t1, await t2)
    g = loop.create_future()
    loop.call_later(0.01, g.set_exception, RuntimeError("later"))
    print("waiter on g:", await waiter("w3", g))
    done = loop.create_future()
    done.set_result(5)
    print("await done future:", await done, await done)
    it = done.__await__()
    print(type(it).__name__)
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration value", e.value)
    p = loop.create_future()
    it = p.__await__()
    print("yields itself:", next(it) is p)
    print("_asyncio_future_blocking:", p._asyncio_future_blocking)
    p.set_result(9)
    try:
        it.send(None)
    except StopIteration as e:
        print("then stops with", e.value)
    q = loop.create_future()
    r = loop.create_future()
    q.add_done_callback(lambda fut: r.set_result(fut.result() + 1))
    q.set_result(10)
    print("chained:", await r)
    print("isfuture:", asyncio.isfuture(q), asyncio.isfuture(waiter), asyncio.isfuture(t1))

asyncio.run(main())
