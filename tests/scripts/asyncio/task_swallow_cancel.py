# A task that swallows cancellation finishes normally; uncancel() and counts.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        task = asyncio.current_task()
        print("swallowing; cancelling() =", task.cancelling())
        print("uncancel ->", task.uncancel())
        print("after uncancel cancelling() =", task.cancelling())
    await asyncio.sleep(0)
    return "survived"

async def half_stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("half: caught, not uncancelled")
    return "done anyway"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    r = await t
    print("result:", r, "cancelled:", t.cancelled(), "cancelling:", t.cancelling())
    t2 = asyncio.create_task(half_stubborn())
    await asyncio.sleep(0)
    t2.cancel()
    print("result2:", await t2, "cancelling:", t2.cancelling(), "cancelled:", t2.cancelled())
    me = asyncio.current_task()
    print("main cancelling:", me.cancelling())
    me.cancel()
    print("after self-cancel:", me.cancelling())
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("main caught its own cancellation")
    print("uncancel:", me.uncancel(), me.uncancel())
    me.cancel("m1")
    me.cancel("m2")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("message kept:", e.args, "count:", me.cancelling())
    me.uncancel()
    me.uncancel()
    print("final count:", me.cancelling())
    await asyncio.sleep(0)
    return "main survived"

print(asyncio.run(main()))
