# Custom exception handler: context keys for callback errors and manual calls.
import asyncio

seen = []

def handler(loop, context):
    keys = sorted(context)
    exc = context.get("exception")
    seen.append(context["message"])
    print("handler keys:", keys)
    print("  message:", context["message"].split(" at ")[0])
    print("  exception:", repr(exc))
    if "handle" in context:
        print("  handle type:", type(context["handle"]).__name__)
    if "future" in context:
        print("  future type:", type(context["future"]).__name__)

def bad_callback(x):
    raise ValueError(f"bad {x}")

async def main():
    loop = asyncio.get_running_loop()
    print("default handler:", loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print("handler installed:", loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback, 1)
    loop.call_soon(print, "loop keeps going")
    await asyncio.sleep(0)
    loop.call_later(0.001, bad_callback, 2)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "manual", "extra": 1})
    loop.call_exception_handler({"message": "with exc", "exception": KeyError("k")})
    fut = loop.create_future()
    loop.call_exception_handler({"message": "with future", "future": fut})
    fut.cancel()
    async def fails():
        raise RuntimeError("task boom")
    t = loop.create_task(fails())
    await asyncio.sleep(0)
    print("task done:", t.done(), repr(t.exception()))
    print("messages seen:", len(seen))
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(None)
    print("reset:", loop.get_exception_handler())

asyncio.run(main())
