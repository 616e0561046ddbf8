# Cancellation delivered while awaiting a Future, a Task, sleep(0), sleep(d), gather, wait_for.
import asyncio

async def victim(label, make_awaitable):
    aw = make_awaitable()
    try:
        print(label, "awaiting", type(aw).__name__)
        await aw
        print(label, "not reached")
    except asyncio.CancelledError as e:
        print(label, "got CancelledError args", e.args)
        raise
    finally:
        print(label, "finally; awaitable done:", aw.done() if hasattr(aw, "done") else "n/a")

async def forever():
    await asyncio.sleep(10)

async def run_case(label, make_awaitable, msg, spins=1):
    t = asyncio.create_task(victim(label, make_awaitable))
    for _ in range(spins):
        await asyncio.sleep(0)
    print(label, "cancel() ->", t.cancel(msg), "cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print(label, "outer sees args", e.args)
    print(label, "cancelled:", t.cancelled(), "cancelling:", t.cancelling())
    return t

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    await run_case("future", lambda: fut, "m-fut")
    print("awaited future cancelled too:", fut.cancelled())
    inner = None
    def mk_task():
        nonlocal inner
        inner = asyncio.create_task(forever())
        return inner
    await run_case("task", mk_task, "m-task", spins=2)
    print("inner task cancelled too:", inner.cancelled())
    await run_case("sleep0", lambda: asyncio.sleep(0), None, spins=1)
    await run_case("sleep-d", lambda: asyncio.sleep(5), "m-sleep")
    kids = []
    def mk_gather():
        kids[:] = [asyncio.create_task(forever()) for _ in range(2)]
        return asyncio.gather(*kids)
    await run_case("gather", mk_gather, "m-gather", spins=2)
    print("gather children cancelled:", [k.cancelled() for k in kids])
    await run_case("wait_for", lambda: asyncio.wait_for(forever(), 5), "m-wf", spins=2)
    print("current cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
