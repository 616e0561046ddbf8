# Cancelling futures that tasks are awaiting; cancel messages.
import asyncio

async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print("waiter saw CancelledError", e.args)
        raise

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    print("cancel future:", f.cancel("stop it"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("task cancelled:", t.cancelled(), e.args)
    g = loop.create_future()
    t2 = asyncio.create_task(waiter(g))
    await asyncio.sleep(0)
    print("cancel task:", t2.cancel("task msg"))
    await asyncio.sleep(0)
    print("future cancelled by task cancel:", g.cancelled())
    print("task done:", t2.done(), t2.cancelled())
    try:
        t2.result()
    except asyncio.CancelledError as e:
        print("result() raises CancelledError", e.args)
    h = loop.create_future()
    h.cancel()
    try:
        await h
    except asyncio.CancelledError as e:
        print("await cancelled future:", type(e).__name__, e.args)
    print("current task not cancelled:", asyncio.current_task().cancelling())
    k = loop.create_future()
    k.set_result(1)
    print("cancel after result:", k.cancel(), repr(k))

asyncio.run(main())
