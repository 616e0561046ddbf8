# Cancelling tasks that await nested gathers; return_exceptions with cancelled children.
import asyncio

log = []

async def leaf(name, d=5):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled{e.args}")
        raise

async def stubborn(name):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        log.append(f"{name} swallowed")
    return f"{name} result"

async def main():
    async def outer():
        inner1 = asyncio.gather(leaf("a"), leaf("b"))
        inner2 = asyncio.gather(leaf("c"), asyncio.gather(leaf("d")))
        return await asyncio.gather(inner1, inner2)
    t = asyncio.create_task(outer())
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel("outer msg")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer task cancelled:", t.cancelled(), e.args, "leaf order:", log)
    log.clear()

    kids = [asyncio.create_task(leaf(n, 0.04 if n != "y" else 5)) for n in "xyz"]
    g = asyncio.gather(*kids, return_exceptions=True)
    await asyncio.sleep(0)
    kids[1].cancel("just y")
    res = await g
    print("return_exceptions results:", [r if isinstance(r, str) else repr(r) for r in res])
    print("gather cancelled?", g.cancelled(), log)
    log.clear()

    kids = [asyncio.create_task(leaf(n, 0.04 if n != "q" else 5)) for n in "pqr"]
    g = asyncio.gather(*kids)
    await asyncio.sleep(0)
    kids[1].cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("plain gather raised CancelledError", e.args, "gather.cancelled():", g.cancelled())
    print("siblings still running:", [k.done() for k in kids])
    print("siblings finished:", await asyncio.gather(kids[0], kids[2]), log)
    log.clear()

    g = asyncio.gather(stubborn("s1"), leaf("l1"))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather with a swallowing child still raises CancelledError", log)
    log.clear()

    async def mixed():
        inner = asyncio.gather(leaf("m1"), leaf("m2", 0), return_exceptions=True)
        return await asyncio.gather(inner, leaf("m3"), return_exceptions=True)
    t = asyncio.create_task(mixed())
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("mixed cancelled:", t.cancelled(), log)

asyncio.run(main())
