# asyncio.gather: result order, exceptions, cancellation both ways,
# duplicates, plain futures, done futures, empty and nested gathers, and
# the order in which children's and the outer future's callbacks run.
import asyncio


def exc_info(e):
    return f"{type(e).__name__}{e.args!r}"


async def val(name, delay, log=None):
    for _ in range(delay):
        await asyncio.sleep(0)
    if log is not None:
        log.append(name)
    return name


async def fail(name, delay, log=None):
    for _ in range(delay):
        await asyncio.sleep(0)
    if log is not None:
        log.append(name)
    raise ValueError(name)


async def slow(name, log):
    try:
        await asyncio.sleep(10)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args!r}")
        raise


async def result_order():
    print("-- result order")
    log = []
    r = await asyncio.gather(val("a", 3, log), val("b", 1, log), val("c", 2, log), val("d", 0, log))
    print("results:", r, "finish order:", log)
    g = asyncio.gather(val(1, 0), val(2, 0))
    print("type:", type(g).__name__, isinstance(g, asyncio.Future), repr(g))
    print("children:", len(g._children), "cancel requested:", g._cancel_requested)
    await g
    print("after:", repr(g), g.result())


async def exceptions_both_ways():
    print("-- return_exceptions=False")
    log = []
    g = asyncio.gather(val("a", 1, log), fail("b", 2, log), fail("c", 3, log), val("d", 4, log))
    try:
        await g
    except ValueError as e:
        print("raised:", exc_info(e), "log:", log)
    print("outer done:", g.done(), "cancelled:", g.cancelled())
    print("cancel after done:", g.cancel())
    for _ in range(5):
        await asyncio.sleep(0)
    print("others kept running:", log)
    print("-- return_exceptions=True")
    r = await asyncio.gather(fail("x", 2), val("y", 1), fail("z", 0), return_exceptions=True)
    print("results:", [exc_info(x) if isinstance(x, BaseException) else x for x in r])
    r = await asyncio.gather(val("p", 0), return_exceptions=1)
    print("truthy return_exceptions:", r)


async def cancel_outer():
    print("-- cancel the outer future")
    log = []
    g = asyncio.gather(slow("a", log), slow("b", log), val("c", 0, log))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("cancel:", g.cancel("stop"), "requested:", g._cancel_requested, "log:", log)
    try:
        await g
    except asyncio.CancelledError as e:
        print("outer raised:", exc_info(e))
    print("outer cancelled:", g.cancelled(), "done:", g.done(), "log:", log)
    print("cancel again:", g.cancel())

    print("-- cancel with return_exceptions=True")
    log = []
    t1 = asyncio.create_task(slow("t1", log))
    t2 = asyncio.create_task(slow("t2", log))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    print("cancel:", g.cancel("all"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("outer raised:", exc_info(e))
    print("children cancelled:", t1.cancelled(), t2.cancelled(), log)

    print("-- cancel when the last child is already done")
    log = []
    t1 = asyncio.create_task(slow("t1", log))
    t2 = asyncio.create_task(val("t2", 0))
    await asyncio.sleep(0)
    g = asyncio.gather(t1, t2, return_exceptions=True)
    print("cancel:", g.cancel("late"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("outer raised:", exc_info(e))

    print("-- cancel when every child is done")
    f = asyncio.get_running_loop().create_future()
    g = asyncio.gather(f)
    f.set_result(1)
    print("cancel:", g.cancel(), "done:", g.done())
    await asyncio.sleep(0)
    print("done:", g.done(), g.result())

    print("-- cancel the task awaiting gather")
    log = []

    async def waiter():
        try:
            return await asyncio.gather(slow("w1", log), slow("w2", log))
        except asyncio.CancelledError as e:
            log.append(f"waiter got {exc_info(e)}")
            raise

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("cancel task:", w.cancel("bye"))
    try:
        await w
    except asyncio.CancelledError as e:
        print("task raised:", exc_info(e), "cancelled:", w.cancelled())
    print("log:", log)


async def cancel_child():
    print("-- a child cancelled, return_exceptions=False")
    log = []
    t1 = asyncio.create_task(slow("t1", log))
    t2 = asyncio.create_task(val("t2", 3, log))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t1.cancel("child msg")
    try:
        await g
    except asyncio.CancelledError as e:
        print("outer raised:", exc_info(e))
    print("outer cancelled:", g.cancelled(), "done:", g.done(), "t2 done:", t2.done())
    await t2
    print("log:", log)

    print("-- a child cancelled, return_exceptions=True")
    log = []
    t1 = asyncio.create_task(slow("t1", log))
    t2 = asyncio.create_task(slow("t2", log))
    t3 = asyncio.create_task(val("t3", 1, log))
    g = asyncio.gather(t1, t2, t3, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel("m1")
    t2.cancel()
    r = await g
    print("results:", [exc_info(x) if isinstance(x, BaseException) else x for x in r])
    print("log:", log)

    print("-- a plain future cancelled")
    f = asyncio.get_running_loop().create_future()
    g = asyncio.gather(f)
    f.cancel("fut msg")
    try:
        await g
    except asyncio.CancelledError as e:
        print("outer raised:", exc_info(e), g.cancelled())


async def duplicates():
    print("-- duplicates")
    c = val("dup", 1)
    r = await asyncio.gather(c, c, val("x", 0), c)
    print("same coroutine:", r)
    f = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(val("t", 0))
    g = asyncio.gather(f, t, f, t)
    print("children:", len(g._children), g._children[0] is g._children[2], g._children[1] is t)
    f.set_result("F")
    print("results:", await g)


async def futures_and_coroutines():
    print("-- plain futures mixed with coroutines")
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    loop.call_soon(f2.set_result, "f2")
    loop.call_later(0.01, f1.set_result, "f1")
    r = await asyncio.gather(f1, val("c", 2), f2, val("d", 0))
    print("results:", r)
    f3 = loop.create_future()
    loop.call_soon(f3.set_exception, KeyError("k"))
    r = await asyncio.gather(f3, val("e", 1), return_exceptions=True)
    print("results:", [exc_info(x) if isinstance(x, BaseException) else x for x in r])


async def already_done():
    print("-- gather of already-done futures")
    loop = asyncio.get_running_loop()
    a = loop.create_future()
    a.set_result(1)
    b = loop.create_future()
    b.set_result(2)
    g = asyncio.gather(a, b)
    print("done at once:", g.done(), repr(g))
    print("results:", await g)
    c = loop.create_future()
    c.set_exception(RuntimeError("early"))
    g = asyncio.gather(a, c)
    print("done at once:", g.done(), exc_info(g.exception()))
    d = loop.create_future()
    d.cancel("gone")
    g = asyncio.gather(d, a, return_exceptions=True)
    print("done at once:", g.done(), [exc_info(x) if isinstance(x, BaseException) else x for x in g.result()])
    g = asyncio.gather(d)
    print("cancelled child:", g.done(), g.cancelled(), exc_info(g.exception()))
    p = loop.create_future()
    g = asyncio.gather(a, p)
    print("partly done:", g.done())
    p.set_result(3)
    print("results:", await g)


async def callbacks_attr():
    print("-- the child's done callback")
    f = asyncio.get_running_loop().create_future()
    g = asyncio.gather(f)
    cb = f._callbacks[0][0]
    print("same callback:", cb == f._callbacks[0][0])
    print("removed:", f.remove_done_callback(cb), f._callbacks)
    f.set_result(1)
    await asyncio.sleep(0)
    print("outer done without it:", g.done())


async def empty():
    print("-- empty gather")
    g = asyncio.gather()
    print(type(g).__name__, g.done(), g.result(), repr(g))
    print("awaited:", await asyncio.gather())
    print("return_exceptions:", await asyncio.gather(return_exceptions=True))


async def nested():
    print("-- nested gathers")
    r = await asyncio.gather(
        asyncio.gather(val("a", 2), val("b", 0)),
        val("c", 1),
        asyncio.gather(asyncio.gather(val("d", 0)), val("e", 3)),
    )
    print("results:", r)
    log = []
    inner = asyncio.gather(slow("i1", log), slow("i2", log))
    outer = asyncio.gather(inner, slow("o1", log))
    await asyncio.sleep(0)
    print("cancel outer:", outer.cancel())
    try:
        await outer
    except asyncio.CancelledError as e:
        print("outer raised:", exc_info(e), "inner cancelled:", inner.cancelled(), inner.done())
    print("log:", sorted(log))
    inner = asyncio.gather(fail("bad", 1), val("ok", 2))
    outer = asyncio.gather(inner, val("z", 0), return_exceptions=True)
    r = await outer
    print("nested exception:", [exc_info(x) if isinstance(x, BaseException) else x for x in r])


async def interleaving():
    print("-- callback interleaving")
    events = []

    async def child(name, delay):
        for _ in range(delay):
            await asyncio.sleep(0)
        events.append(f"{name} returns")
        return name

    t1 = asyncio.create_task(child("t1", 1))
    t2 = asyncio.create_task(child("t2", 2))
    t1.add_done_callback(lambda f: events.append("t1 cb before gather"))
    t2.add_done_callback(lambda f: events.append("t2 cb before gather"))
    g = asyncio.gather(t1, t2, child("c3", 0))
    t1.add_done_callback(lambda f: events.append("t1 cb after gather"))
    t2.add_done_callback(lambda f: events.append("t2 cb after gather"))
    g.add_done_callback(lambda f: events.append(f"outer cb {f.result()}"))

    async def watcher():
        r = await g
        events.append(f"watcher resumed {r}")

    async def ticker():
        for i in range(6):
            events.append(f"tick {i}")
            await asyncio.sleep(0)

    w = asyncio.create_task(watcher())
    k = asyncio.create_task(ticker())
    await w
    await k
    for e in events:
        print(" ", e)

    print("-- interleaving on failure")
    events.clear()

    async def boom():
        await asyncio.sleep(0)
        events.append("boom raises")
        raise ValueError("boom")

    t = asyncio.create_task(boom())
    g = asyncio.gather(t, child("late", 3))
    t.add_done_callback(lambda f: events.append("boom cb after gather"))
    g.add_done_callback(lambda f: events.append(f"outer cb {exc_info(f.exception())}"))
    k = asyncio.create_task(ticker())
    try:
        await g
    except ValueError as e:
        events.append(f"main caught {exc_info(e)}")
    await k
    for e in events:
        print(" ", e)


def errors():
    print("-- bad input")
    loop = asyncio.new_event_loop()
    try:
        try:
            asyncio.gather(1)
        except TypeError as e:
            print("int:", exc_info(e))
        f = loop.create_future()
        try:
            asyncio.gather(f, return_exceptions=True, bogus=1)
        except TypeError as e:
            print("kwarg:", exc_info(e))
        try:
            asyncio.gather([])
        except TypeError as e:
            print("list:", exc_info(e))
        other = asyncio.new_event_loop()
        try:
            g = other.create_future()
            try:
                asyncio.gather(f, g)
            except ValueError as e:
                print("two loops:", exc_info(e))
        finally:
            other.close()
        g = asyncio.gather(f)
        print("loop from first future:", g.get_loop() is loop, repr(g))
        f.set_result(5)
        print("run:", loop.run_until_complete(g))

        async def in_loop():
            try:
                asyncio.gather(fut_elsewhere)
            except ValueError as e:
                print("future of another loop:", exc_info(e))

        other = asyncio.new_event_loop()
        fut_elsewhere = other.create_future()
        loop.run_until_complete(in_loop())
        other.close()
    finally:
        loop.close()


async def main():
    await result_order()
    await exceptions_both_ways()
    await cancel_outer()
    await cancel_child()
    await duplicates()
    await futures_and_coroutines()
    await already_done()
    await callbacks_attr()
    await empty()
    await nested()
    await interleaving()


asyncio.run(main())
errors()
print("gather is asyncio.tasks.gather:", asyncio.gather is asyncio.tasks.gather)
print("_GatheringFuture base:", asyncio.tasks._GatheringFuture.__mro__[1].__name__)
