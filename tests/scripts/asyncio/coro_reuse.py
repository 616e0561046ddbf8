# Awaiting an already-awaited coroutine, and coroutines inside asyncio.run.
import asyncio

async def value(x):
    await asyncio.sleep(0)
    return x * 10

async def main():
    c = value(4)
    print("first await:", await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    c2 = value(5)
    t = asyncio.ensure_future(c2)
    print("task result:", await t)
    try:
        await c2
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("iscoroutine:", asyncio.iscoroutine(c), asyncio.iscoroutine(value))
    c3 = value(1)
    print(type(c3).__name__, c3.cr_code.co_name, c3.__name__, c3.__qualname__)
    c3.close()
    return "main done"

print(asyncio.run(main()))
