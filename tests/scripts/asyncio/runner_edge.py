# asyncio.Runner: loop_factory, awaitables that are not coroutines, leftovers at close, misuse.
import asyncio

made = []
log = []

def factory():
    loop = asyncio.new_event_loop()
    made.append(loop)
    return loop

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom awaitable result"

async def background():
    try:
        for i in range(100):
            log.append(f"bg {i}")
            await asyncio.sleep(0)
    finally:
        log.append("bg finally")

async def agen():
    try:
        yield 1
    finally:
        log.append("agen finalized")

async def start_things():
    asyncio.create_task(background())
    g = agen()
    await anext(g)
    start_things.gen = g
    return "started"

async def nested_run(runner):
    c = asyncio.sleep(0)
    try:
        runner.run(c)
    except RuntimeError as e:
        log.append(str(e))
    c.close()
    return "nested attempted"

with asyncio.Runner(loop_factory=factory) as r:
    print("factory called once at enter:", len(made), r.get_loop() is made[0])
    print(r.run(Awaitable()))
    fut = r.get_loop().create_future()
    r.get_loop().call_soon(fut.set_result, "future result")
    print(r.run(fut))
    print(r.run(start_things()), log)
    log.clear()
    print(r.run(asyncio.sleep(0, result="second run")), "bg progressed:", log)
    log.clear()
    print(r.run(nested_run(r)), log)
    log.clear()
    loop = r.get_loop()
print("close cancelled leftovers:", log[-2:], "closed:", loop.is_closed(), "factory calls:", len(made))
print("second close is a no-op:", r.close())
for what in ("get_loop", "run"):
    c = asyncio.sleep(0)
    try:
        r.get_loop() if what == "get_loop" else r.run(c)
    except RuntimeError as e:
        print(what, "after close:", e)
    c.close()
print(asyncio.run(asyncio.sleep(0, result="run with factory"), loop_factory=factory), len(made))
try:
    with asyncio.Runner() as r2:
        print(r2.run(Awaitable()))
        r2.run(lambda: None)
except TypeError as e:
    print("TypeError:", e)
try:
    r2.get_loop()
except RuntimeError as e:
    print("with-block closed the runner:", e)
