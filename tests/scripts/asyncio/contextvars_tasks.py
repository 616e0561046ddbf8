# contextvars with asyncio: each task runs in a copy of the context current at
# creation; callbacks run in the context they were scheduled from (or given).
import asyncio, contextvars
req = contextvars.ContextVar("req", default="none")
async def handler(n):
    req.set(f"r{n}")
    await asyncio.sleep(0)
    print(n, req.get())
    return req.get()
def cb(tag):
    print("cb", tag, req.get())
async def main():
    req.set("main")
    ts = [asyncio.create_task(handler(i)) for i in range(3)]
    print(await asyncio.gather(*ts))
    print("main sees", req.get())
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "soon")
    ctx = contextvars.Context()
    loop.call_soon(cb, "empty", context=ctx)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("done cb", req.get()))
    req.set("later")
    fut.set_result(1)
    await asyncio.sleep(0)
    t = asyncio.create_task(handler(9), context=ctx)
    await t
    print(ctx[req], t.get_context() is ctx, type(loop.call_soon(cb, "x").get_context()).__name__)
    await asyncio.sleep(0)
asyncio.run(main())
