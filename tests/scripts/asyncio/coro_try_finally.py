# await inside try/except/finally and return values through nested awaits.
import asyncio

log = []

async def leaf(n):
    await asyncio.sleep(0)
    if n == 3:
        raise ValueError(f"leaf {n}")
    return n

async def middle(n):
    try:
        v = await leaf(n)
        log.append(("ok", n))
        return v + 100
    except ValueError as e:
        log.append(("err", str(e)))
        await asyncio.sleep(0)
        return -1
    finally:
        await asyncio.sleep(0)
        log.append(("finally", n))

async def top():
    out = []
    for i in range(5):
        out.append(await middle(i))
    return out

async def finally_overrides():
    try:
        return "from try"
    finally:
        await asyncio.sleep(0)
        print("finally after return")

async def reraise():
    try:
        await leaf(3)
    finally:
        print("reraise finally")

async def main():
    print(await top())
    for entry in log:
        print(entry)
    print(await finally_overrides())
    try:
        await reraise()
    except ValueError as e:
        print("caught:", e, type(e.__traceback__).__name__)
    depth = 0
    async def rec(n):
        if n == 0:
            return 0
        return 1 + await rec(n - 1)
    print("recursive depth:", await rec(50))

asyncio.run(main())
