# Cancelling a task that runs a TaskGroup cancels the children; base exceptions.
import asyncio

log = []

async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def runner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("c1"))
        tg.create_task(child("c2"))
        await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled:", t.cancelled())
    print(sorted(log))
    log.clear()
    async def slow_cleanup(name):
        try:
            await asyncio.sleep(1)
        finally:
            await asyncio.sleep(0.01)
            log.append(f"{name} slow cleanup done")
    async def failer():
        await asyncio.sleep(0.01)
        raise ValueError("fail")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow_cleanup("c3"))
            tg.create_task(failer())
    except ExceptionGroup as eg:
        print("group waited for cleanup:", eg.exceptions, log)
    async def cancels_itself():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c4"))
            await asyncio.sleep(0)
            asyncio.current_task().cancel()
            await asyncio.sleep(1)
    t = asyncio.create_task(cancels_itself())
    try:
        await t
    except asyncio.CancelledError:
        print("self-cancelled group task:", t.cancelled())
    print(log)

asyncio.run(main())
