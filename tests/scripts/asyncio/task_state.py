# Task done/result/exception, current_task identity, all_tasks size, get_coro.
import asyncio

async def compute(x):
    await asyncio.sleep(0)
    return x * x

async def failing():
    await asyncio.sleep(0)
    raise KeyError("missing")

async def main():
    me = asyncio.current_task()
    print("current_task is a Task:", isinstance(me, asyncio.Task))
    print("all_tasks:", len(asyncio.all_tasks()), me in asyncio.all_tasks())
    t = asyncio.create_task(compute(7))
    print("done before:", t.done(), "all_tasks:", len(asyncio.all_tasks()))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print("await:", await t)
    print("done after:", t.done(), t.result(), t.exception(), t.cancelled())
    print("all_tasks after:", len(asyncio.all_tasks()))
    print("get_coro:", t.get_coro().__name__, t.get_coro().cr_frame)
    f = asyncio.create_task(failing())
    try:
        await f
    except KeyError as e:
        print("await raised", repr(e))
    print("exception():", repr(f.exception()))
    try:
        f.result()
    except KeyError as e:
        print("result() raised", repr(e))
    seen = []
    async def who():
        seen.append(asyncio.current_task())
    w = asyncio.create_task(who())
    await w
    print("current_task inside is task:", seen[0] is w, seen[0] is not me)
    print("current_task back in main:", asyncio.current_task() is me)
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("get_loop:", t.get_loop() is asyncio.get_running_loop())
    print("get_stack of done task:", t.get_stack())
    print("isinstance Future:", isinstance(t, asyncio.Future))

asyncio.run(main())
