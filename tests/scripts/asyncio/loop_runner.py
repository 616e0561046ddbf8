# asyncio.Runner: context manager, run twice on the same loop, get_loop, close.
import asyncio

async def where(tag):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0)
    return tag, loop

with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print("loop open:", not loop.is_closed(), "running:", loop.is_running())
    tag1, l1 = runner.run(where("first"))
    tag2, l2 = runner.run(where("second"))
    print(tag1, tag2, "same loop:", l1 is l2 is loop)
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future via runner")
    print(runner.run(fut))
    async def names():
        return asyncio.current_task().get_name()
    print("task names:", runner.run(names()), runner.run(names()))
print("closed after with:", loop.is_closed())
c = where("third")
try:
    runner.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
r = asyncio.Runner()
print("lazy loop created by get_loop:", not r.get_loop().is_closed())
print(r.run(where("r"))[0])
r.close()
r.close()
print("closed twice fine")
try:
    r.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
r2 = asyncio.Runner(debug=False)
try:
    r2.run(123)
except TypeError as e:
    print("TypeError:", e)
r2.close()
with asyncio.Runner() as r3:
    async def boom():
        raise KeyError("from runner")
    try:
        r3.run(boom())
    except KeyError as e:
        print("KeyError:", e)
    print("runner still usable:", r3.run(where("again"))[0])
