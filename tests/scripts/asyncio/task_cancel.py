# Task cancellation: messages, finally blocks, cancel before start, cancelled().
import asyncio

async def sleeper(name):
    try:
        print(name, "sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "cancelled with args", e.args)
        raise
    finally:
        print(name, "finally")

async def main():
    t = asyncio.create_task(sleeper("t1"))
    await asyncio.sleep(0)
    print("cancel returns:", t.cancel("please stop"))
    print("cancelling count:", t.cancelling(), "done yet:", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await raised CancelledError args:", e.args)
    print("cancelled:", t.cancelled(), "done:", t.done())
    print("cancel done task:", t.cancel())
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception() raises CancelledError", e.args)
    early = asyncio.create_task(sleeper("never-started"))
    early.cancel()
    print("cancelled before start, done:", early.done())
    await asyncio.sleep(0)
    print("early cancelled:", early.cancelled())
    t2 = asyncio.create_task(sleeper("t2"))
    await asyncio.sleep(0)
    t2.cancel()
    t2.cancel()
    print("double cancel cancelling:", t2.cancelling())
    await asyncio.sleep(0)
    print("t2 cancelled:", t2.cancelled())
    t3 = asyncio.create_task(sleeper("t3"))
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError as e:
        print("no message args:", e.args)
    r = repr(t3)
    print(r.split(" name=")[0], "cancelled" in r)
    print("CancelledError is BaseException only:",
          issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

asyncio.run(main())
