# cancelling()/uncancel() bookkeeping as used by asyncio.timeout and TaskGroup.
import asyncio

async def resilient():
    me = asyncio.current_task()
    for round_ in range(2):
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError as e:
            print("resilient caught", e.args, "cancelling:", me.cancelling())
            print("  uncancel ->", me.uncancel(), "cancelling now:", me.cancelling())
    return "survived"

async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    t = asyncio.create_task(resilient())
    for msg in ("one", "two"):
        await asyncio.sleep(0)
        t.cancel(msg)
    print("result:", await t, "cancelled:", t.cancelled())
    print("uncancel at zero ->", t.uncancel(), t.uncancel())

    early = asyncio.create_task(asyncio.sleep(0, result="ran anyway"))
    early.cancel()
    print("early cancelling:", early.cancelling(), "uncancel ->", early.uncancel())
    print("early:", await early, early.cancelled())

    twice = asyncio.create_task(asyncio.sleep(0, result="x"))
    twice.cancel(); twice.cancel()
    print("twice uncancel ->", twice.uncancel())
    try:
        await twice
    except asyncio.CancelledError:
        print("still cancelled with one pending request:", twice.cancelled())

    print("nested timeouts, outer fires:")
    try:
        async with asyncio.timeout(0.03) as outer:
            try:
                async with asyncio.timeout(2) as inner:
                    await asyncio.sleep(2)
            except asyncio.CancelledError:
                print("  inner block saw CancelledError, cancelling:", me.cancelling())
                print("  inner expired:", inner.expired(), "outer expired:", outer.expired())
                raise
    except TimeoutError as e:
        print("  outer TimeoutError, cause:", type(e.__cause__).__name__, "cancelling:", me.cancelling())

    print("timeout plus external cancel:")
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() - 1)
            me.cancel("external")
            print("  cancelling after self-cancel:", me.cancelling())
            await asyncio.sleep(1)
    except TimeoutError:
        print("  wrong: TimeoutError")
    except asyncio.CancelledError as e:
        print("  CancelledError kept:", e.args, "expired:", cm.expired(), "cancelling:", me.cancelling())
        print("  uncancel ->", me.uncancel())

    print("taskgroup child failure:")
    async def boom():
        raise ValueError("child")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            await asyncio.sleep(1)
    except ExceptionGroup as eg:
        print("  group:", [repr(x) for x in eg.exceptions], "cancelling:", me.cancelling())
    await asyncio.sleep(0)
    print("main still runs, cancelling:", me.cancelling())

asyncio.run(main())
