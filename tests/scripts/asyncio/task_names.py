# Task names (Task-N counter), set_name/get_name, repr prefixes.
import asyncio

def short(t):
    return repr(t).split(" coro=")[0]

async def noop():
    await asyncio.sleep(0)
    return "noop"

async def main():
    me = asyncio.current_task()
    print("main task name:", me.get_name())
    print("main repr:", short(me))
    t1 = asyncio.create_task(noop())
    t2 = asyncio.create_task(noop(), name="custom")
    t3 = asyncio.create_task(noop(), name=123)
    print(t1.get_name(), t2.get_name(), repr(t3.get_name()))
    print(short(t1))
    print(short(t2))
    t1.set_name("renamed")
    print("renamed:", t1.get_name(), short(t1))
    t1.set_name(7)
    print("set_name converts:", repr(t1.get_name()))
    await asyncio.gather(t1, t2, t3)
    r = repr(t2)
    print(r.split(" coro=")[0], "|", r.split(" result=")[-1])
    t4 = asyncio.ensure_future(noop())
    print("ensure_future name:", t4.get_name())
    await t4
    loop = asyncio.get_running_loop()
    t5 = loop.create_task(noop())
    print("loop.create_task name:", t5.get_name())
    t5.cancel()
    await asyncio.sleep(0)
    print(short(t5), t5.cancelled())
    async def failing():
        raise ValueError("bad")
    t6 = asyncio.create_task(failing(), name="failer")
    await asyncio.sleep(0)
    r = repr(t6)
    print(r.split(" coro=")[0], "|", r.split(" exception=")[-1])
    t6.exception()
    print("coro name:", t6.get_coro().__name__, type(t6.get_coro()).__name__)
    print("type:", type(t6).__name__, asyncio.Task.__name__)

asyncio.run(main())
print("second run main:", asyncio.run(asyncio.sleep(0, "x")))
async def name_only():
    return asyncio.current_task().get_name()
print("third run main:", asyncio.run(name_only()))
