# TaskGroup: one failure cancels siblings, ExceptionGroup raised.
import asyncio

log = []

async def sibling(name, d):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def fail(msg, d):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("s1", 1))
            tg.create_task(sibling("s2", 0))
            tg.create_task(fail("first failure", 0.01))
            tg.create_task(sibling("s3", 1))
    except ExceptionGroup as eg:
        print(type(eg).__name__, str(eg))
        print("exceptions:", eg.exceptions)
        print("message:", eg.message)
    print(sorted(log))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("a", 0.01))
            tg.create_task(fail("b", 0.01))
    except ExceptionGroup as eg:
        print(str(eg), sorted(str(e) for e in eg.exceptions))
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("body-sib", 1))
            await asyncio.sleep(0)
            raise KeyError("from body")
    except ExceptionGroup as eg:
        print("body error group:", eg.exceptions)
    except KeyError as e:
        print("body error raised directly:", repr(e))
    print(log)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("x", 0))
            await asyncio.sleep(1)
            print("not reached")
    except ExceptionGroup as eg:
        print("body sleep interrupted:", eg.exceptions)
    async def nested():
        async with asyncio.TaskGroup() as inner:
            inner.create_task(fail("deep", 0))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(nested())
    except ExceptionGroup as eg:
        print("nested:", str(eg), "->", type(eg.exceptions[0]).__name__, eg.exceptions[0].exceptions)
    print("main cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
