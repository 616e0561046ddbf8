import asyncio


async def boom(n):
    await asyncio.sleep(0)
    raise ValueError(n)


async def fine():
    await asyncio.sleep(0)
    return "ok"


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(1))
            tg.create_task(boom(2))
            tg.create_task(fine())
    except* ValueError as eg:
        await asyncio.sleep(0)
        print("got", sorted(str(e) for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(3))
    except* KeyError:
        print("not reached")
    except* ValueError as eg:
        print("second clause", repr(eg.exceptions))


asyncio.run(main())
