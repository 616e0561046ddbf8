# One task waits on an Event nobody can set; the main task awaits it.
import asyncio


async def waiter(ev):
    try:
        await ev.wait()
    finally:
        print("waiter finally runs")


async def main():
    ev = asyncio.Event()
    task = asyncio.create_task(waiter(ev), name="the-waiter")
    try:
        await task
    finally:
        print("main finally runs")


asyncio.run(main())
