# Ctrl-C while the event loop sleeps (a long timer): finally runs.
import asyncio


async def main():
    print("ready", flush=True)
    try:
        await asyncio.sleep(3600)
    finally:
        print("finally ran", flush=True)


asyncio.run(main())
