# asyncio.timeout edge cases: reschedule(None)/past, timeout_at(now), reuse, state errors, context chains.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        print("disarmed:", cm.when(), repr(cm))
        await asyncio.sleep(0.05)
    print("survived, expired:", cm.expired(), repr(cm))

    steps = []
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() - 5)
            steps.append("rescheduled into the past")
            steps.append(f"when < now: {cm.when() < loop.time()}")
            await asyncio.sleep(0)
            steps.append("not reached")
    except TimeoutError as e:
        steps.append(f"TimeoutError {e.args} cause={type(e.__cause__).__name__}")
    print(steps, repr(cm))

    now = loop.time()
    try:
        async with asyncio.timeout_at(now) as cm:
            print("timeout_at(now): body starts, when == now:", cm.when() == now)
            await asyncio.sleep(0)
    except TimeoutError:
        print("timeout_at(now) fires at first await")

    a, b = asyncio.timeout(1), asyncio.timeout(2)
    print("when ordering:", a.when() < b.when(), "created repr:", repr(a))
    async with a:
        a.reschedule(a.when() + 1)
        print("reschedule while active ok")
    for action in ("reenter", "reschedule"):
        try:
            if action == "reenter":
                async with a:
                    pass
            else:
                a.reschedule(None)
        except RuntimeError as e:
            print(action, "after exit:", e)

    try:
        async with asyncio.timeout(0) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                try:
                    cm.reschedule(None)
                except RuntimeError as e:
                    print("reschedule while expiring:", e)
                raise ValueError("replaced the cancellation")
    except ValueError as e:
        ctx = e.__context__
        print("ValueError context:", type(ctx).__name__, "->", type(ctx.__context__).__name__,
              "cause:", type(ctx.__cause__).__name__)

    def from_callback():
        c = asyncio.Timeout(None).__aenter__()
        try:
            c.send(None)
        except RuntimeError as e:
            print("outside a task:", e)
    loop.call_soon(from_callback)
    await asyncio.sleep(0)
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("caught outside, cancelling:", asyncio.current_task().cancelling())
    async with asyncio.timeout(0.03):
        await asyncio.sleep(1)

asyncio.run(main())
