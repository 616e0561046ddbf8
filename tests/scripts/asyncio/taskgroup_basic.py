# TaskGroup collects results; tasks run concurrently; create_task names.
import asyncio

async def val(x, d):
    await asyncio.sleep(d)
    print("finished", x)
    return x * 10

async def main():
    async with asyncio.TaskGroup() as tg:
        print("tg type:", type(tg).__name__)
        t1 = tg.create_task(val(1, 0.02))
        t2 = tg.create_task(val(2, 0.01), name="second")
        t3 = tg.create_task(val(3, 0))
        print("inside: done?", t1.done(), t2.done(), t3.done())
        print("names:", t1.get_name(), t2.get_name())
    print("results:", t1.result(), t2.result(), t3.result())
    print("repr after:", repr(tg).split(" ")[0])
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")
    results = []
    async def spawner(tg, depth):
        results.append(depth)
        if depth < 3:
            tg.create_task(spawner(tg, depth + 1))
            tg.create_task(spawner(tg, depth + 1))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 0))
    print("spawned during run:", len(results), sorted(results))
    try:
        tg.create_task(val(9, 0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    tg2 = asyncio.TaskGroup()
    c = val(8, 0)
    try:
        tg2.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    async with tg2:
        t = tg2.create_task(val(4, 0))
        try:
            async with tg2:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    print("t result:", t.result())
    async with asyncio.TaskGroup() as tg3:
        t = tg3.create_task(asyncio.sleep(0.01, "slept"))
        await asyncio.sleep(0)
        print("body can await; t done:", t.done())
    print("after exit:", t.result())

asyncio.run(main())
