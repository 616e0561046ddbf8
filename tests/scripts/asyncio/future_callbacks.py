# Future done callbacks: order, scheduling via call_soon, removal counts.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    log = []
    def cb(name):
        def inner(fut):
            log.append(name)
            print("callback", name, "result", fut.result(), "same:", fut is f)
        return inner
    a, b, c = cb("a"), cb("b"), cb("c")
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(a)
    f.add_done_callback(c)
    print("removed b:", f.remove_done_callback(b))
    print("removed a:", f.remove_done_callback(a))
    print("removed a again:", f.remove_done_callback(a))
    f.add_done_callback(b)
    f.set_result("R")
    print("after set_result, log:", log)
    await asyncio.sleep(0)
    print("after one yield, log:", log)
    log.clear()
    f.add_done_callback(cb("late"))
    print("late callback not synchronous:", log)
    await asyncio.sleep(0)
    print("late ran:", log)
    g = loop.create_future()
    order = []
    g.add_done_callback(lambda fut: order.append(("g1", fut.cancelled())))
    loop.call_soon(order.append, "soon-before")
    g.cancel()
    g.add_done_callback(lambda fut: order.append(("g2", fut.cancelled())))
    loop.call_soon(order.append, "soon-after")
    await asyncio.sleep(0)
    print(order)
    h = loop.create_future()
    seen = []
    h.add_done_callback(lambda fut, *, context=None: seen.append("ctx kw ok"))
    h.set_result(1)
    await asyncio.sleep(0)
    print(seen)
    x = loop.create_future()
    x.add_done_callback(print)
    print("remove print:", x.remove_done_callback(print), x.remove_done_callback(print))
    x.set_result(0)
    await asyncio.sleep(0)
    print("nothing printed by removed callback")

asyncio.run(main())
