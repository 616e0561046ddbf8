# An exception in a call_soon callback goes to the default handler (stderr);
# the loop keeps running and the script exits normally.
import asyncio

def bad():
    print("bad callback running")
    raise ValueError("callback failed")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad)
    loop.call_soon(print, "second callback still runs")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main continues after callback error")
    return "finished"

print(asyncio.run(main()))
