# TaskGroup edge cases: empty group, early finishers, body errors, BaseException children, misuse.
import asyncio

log = []

async def step(name, d=0, exc=None):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    if exc is not None:
        raise exc
    log.append(f"{name} ok")
    return name

class Custom(BaseException): pass

async def main():
    async with asyncio.TaskGroup() as tg:
        inside = repr(tg)
    print("empty group repr inside/after:", inside, repr(tg))

    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(step(f"e{i}"), name=f"early-{i}") for i in range(3)]
        inside = repr(tg)
        await asyncio.sleep(0.04)
        print("finished before body ends:", inside, [t.done() for t in ts], repr(tg))
    print("names:", [t.get_name() for t in ts], "results:", [t.result() for t in ts], log)
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("done-first"))
            tg.create_task(step("still-running", 5))
            await asyncio.sleep(0)
            raise LookupError("body failed")
    except ExceptionGroup as eg:
        print("body error wrapped:", eg.message, [repr(e) for e in eg.exceptions], log)

    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("sib", 5))
            tg.create_task(step("custom", 0, Custom("base child")))
            tg.create_task(step("val", 0, ValueError("plain child")))
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, [repr(e) for e in eg.exceptions], log)

    log.clear()
    async def inner_group():
        async with asyncio.TaskGroup() as inner:
            inner.create_task(step("inner-ok", 0))
            inner.create_task(step("inner-bad", 0.04, OSError("inner")))
            inner.create_task(step("inner-slow", 5))
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(step("outer-slow", 5))
            outer.create_task(inner_group())
            await asyncio.sleep(5)
    except ExceptionGroup as eg:
        sub = eg.exceptions[0]
        print("nested:", type(sub).__name__, [repr(e) for e in sub.exceptions], log)

    coro = step("never")
    try:
        asyncio.TaskGroup().create_task(coro)
    except RuntimeError as e:
        print("not entered:", e, "coroutine closed:", coro.cr_frame is None)
    try:
        tg.create_task(step("late"))
    except RuntimeError as e:
        print("finished:", e)
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("reenter:", e)

asyncio.run(main())
