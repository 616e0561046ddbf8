# Ctrl-C during asyncio.run: the runner cancels the main task first (its
# finally runs, then the other tasks are cancelled), then raises
# KeyboardInterrupt, as CPython 3.14's asyncio.Runner does.
import asyncio

async def child():
    try:
        await asyncio.sleep(3600)
    finally:
        print("child finally")

async def main():
    t = asyncio.create_task(child())
    try:
        print("ready", flush=True)
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("main cancelled")
        raise
    finally:
        print("main finally")

asyncio.run(main())
