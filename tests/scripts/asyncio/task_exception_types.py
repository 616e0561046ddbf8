# Tasks raising KeyboardInterrupt, StopIteration, GeneratorExit, BaseException; SystemExit ends the run.
import asyncio
import sys

async def raise_it(exc):
    await asyncio.sleep(0)
    raise exc

async def waiter(label, exc):
    print(label, "main waiting")
    try:
        await asyncio.sleep(1)
    finally:
        print(label, "main finally, cancelling:", asyncio.current_task().cancelling())

async def main_with_child(label, exc):
    child = asyncio.create_task(raise_it(exc))
    child.add_done_callback(lambda t: print(label, "child callback sees", repr(t.exception())))
    await waiter(label, exc)

try:
    asyncio.run(main_with_child("ki", KeyboardInterrupt("from task")))
except KeyboardInterrupt as e:
    print("KeyboardInterrupt escaped asyncio.run:", e.args)

async def stop_iter():
    await asyncio.sleep(0)
    raise StopIteration("inside coroutine")

async def direct():
    t = asyncio.create_task(stop_iter())
    try:
        await t
    except RuntimeError as e:
        print("StopIteration became:", repr(e), "cause:", repr(e.__cause__))
    print("task exception type:", type(t.exception()).__name__)
    async def gen_exit():
        raise GeneratorExit("odd")
    t2 = asyncio.create_task(gen_exit())
    try:
        await t2
    except GeneratorExit as e:
        print("GeneratorExit from task:", repr(e), "done:", t2.done(), "cancelled:", t2.cancelled())
    async def base():
        raise BaseException("plain base")
    t3 = asyncio.create_task(base())
    try:
        await t3
    except BaseException as e:
        print("BaseException from task:", repr(e))
    return "direct done"

print(asyncio.run(direct()))

async def exits():
    await asyncio.sleep(0)
    sys.exit("goodbye from a task")

async def final():
    t = asyncio.create_task(exits())
    t.add_done_callback(lambda t: print("exit callback sees", repr(t.exception())))
    try:
        await asyncio.sleep(1)
    finally:
        print("final main finally runs during shutdown")

try:
    asyncio.run(final())
finally:
    print("SystemExit passing through module level")
