# Under -X no_deadlock_check a deadlock blocks as in CPython, until Ctrl-C.
import asyncio


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    try:
        print("ready", flush=True)
        await lock.acquire()
    finally:
        print("finally ran")


asyncio.run(main())
