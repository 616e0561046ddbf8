# Cancel messages through nested awaits, gather, shield, wait_for; double cancel; cancel after done.
import asyncio

async def leaf(tag):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print(f"  leaf {tag} sees {e.args}")
        raise

async def middle(tag):
    try:
        await leaf(tag)
    except asyncio.CancelledError as e:
        print(f"  middle {tag} sees {e.args}")
        raise

async def outcome(label, t):
    try:
        await t
    except asyncio.CancelledError as e:
        print(label, "outer args", e.args, "cancelled:", t.cancelled())

async def main():
    print("nested:")
    t = asyncio.create_task(middle("n"))
    await asyncio.sleep(0)
    t.cancel("deep msg")
    await outcome("nested", t)

    print("gather:")
    kids = [asyncio.create_task(leaf(f"g{i}")) for i in range(2)]
    g = asyncio.gather(*kids)
    await asyncio.sleep(0)
    print("gather.cancel ->", g.cancel("gather msg"))
    await outcome("gather", g)
    print("kid exceptions:", [type(k.exception()).__name__ if not k.cancelled() else "cancelled" for k in kids])

    print("shield:")
    inner = asyncio.create_task(leaf("shielded"))
    async def waiter():
        await asyncio.shield(inner)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel("shield msg")
    await outcome("shield-waiter", w)
    print("inner still running:", not inner.done())
    inner.cancel("inner msg")
    await outcome("shield-inner", inner)

    print("wait_for:")
    w2 = asyncio.create_task(asyncio.wait_for(middle("wf"), 5))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    w2.cancel("wf msg")
    await outcome("wait_for", w2)

    print("double cancel:")
    t2 = asyncio.create_task(middle("dbl"))
    await asyncio.sleep(0)
    print("first ->", t2.cancel("first"), "second ->", t2.cancel("second"), "cancelling:", t2.cancelling())
    await outcome("double", t2)

    print("cancel before first step, twice:")
    t3 = asyncio.create_task(middle("early"))
    print(t3.cancel("A"), t3.cancel("B"), t3.cancelling())
    await outcome("early", t3)

    print("cancel after done:")
    t4 = asyncio.create_task(asyncio.sleep(0, result="fine"))
    print("result:", await t4, "cancel ->", t4.cancel("late"), "cancelled:", t4.cancelled(), "cancelling:", t4.cancelling())
    f = asyncio.get_running_loop().create_future()
    print("future cancel ->", f.cancel("fmsg"), f.cancel("again"))
    await outcome("future", f)

asyncio.run(main())
