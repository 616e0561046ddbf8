# A plain Future whose exception nobody retrieves is reported when it is dropped.
import asyncio

def handler_free_note(msg):
    print(msg, flush=True)

async def main():
    loop = asyncio.get_running_loop()
    retrieved = loop.create_future()
    retrieved.set_exception(ValueError("looked at"))
    print("retrieved:", repr(retrieved.exception()))
    del retrieved
    handler_free_note("retrieved future dropped silently")

    cancelled = loop.create_future()
    cancelled.cancel()
    del cancelled
    handler_free_note("cancelled future dropped silently")

    result_only = loop.create_future()
    result_only.set_result("fine")
    del result_only
    handler_free_note("future with result dropped silently")

    seen = []
    loop.set_exception_handler(lambda lp, ctx: seen.append(
        (ctx["message"], repr(ctx["exception"]), type(ctx["future"]).__name__)))
    captured = loop.create_future()
    captured.set_exception(KeyError("captured"))
    del captured
    print("custom handler saw:", seen)
    loop.set_exception_handler(None)

    awaited_by_cb = loop.create_future()
    awaited_by_cb.add_done_callback(lambda f: print("callback saw done:", f.done()))
    awaited_by_cb.set_exception(TypeError("callback did not retrieve"))
    await asyncio.sleep(0)
    print("callback ran but did not call exception()")
    del awaited_by_cb

    await asyncio.sleep(0)
    lost = loop.create_future()
    lost.set_exception(RuntimeError("nobody asked for this"))
    del lost
    handler_free_note("lost future dropped")
    await asyncio.sleep(0)
    print("main finishing")

asyncio.run(main())
