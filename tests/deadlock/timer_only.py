# Waiting on a timer is not a deadlock: the timer wakes the task.
import asyncio


async def main():
    ev = asyncio.Event()
    asyncio.get_running_loop().call_later(0.05, ev.set)
    await ev.wait()
    print("woken by the timer")


asyncio.run(main())
