# One coroutine awaited from two tasks: the second await fails while the
# first is suspended inside it; awaiting a finished coroutine fails too.
import asyncio


async def work():
    await asyncio.sleep(0)
    return 1


async def awaiter(co):
    return await co


async def main():
    co = work()
    t1 = asyncio.create_task(awaiter(co))
    t2 = asyncio.create_task(awaiter(co))
    for t in (t1, t2):
        try:
            print("result", await t)
        except RuntimeError as e:
            print("RuntimeError:", e)
    done = work()
    await done
    try:
        await done
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
