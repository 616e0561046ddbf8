# shield: inner finishes after outer cancellation; inner exception after cancel.
import asyncio

async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError("inner failed")
    return "job done"

async def main():
    inner = asyncio.create_task(job(0.02))
    outer = asyncio.shield(inner)
    outer.cancel()
    print("outer cancelled:", outer.cancelled(), "inner done:", inner.done())
    print("inner result later:", await inner)
    inner2 = asyncio.create_task(job(0.01, fail=True))
    outer2 = asyncio.shield(inner2)
    outer2.cancel()
    try:
        await inner2
    except ValueError as e:
        print("inner2 raised:", e)
    print("inner2 exception retrieved:", repr(inner2.exception()))
    async def protected_section():
        try:
            return await asyncio.shield(job(0.02))
        except asyncio.CancelledError:
            print("outer task sees CancelledError")
            raise
    t = asyncio.create_task(protected_section())
    await asyncio.sleep(0.005)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print("outer result:", type(res[0]).__name__)
    await asyncio.sleep(0.03)
    print("remaining tasks:", len(asyncio.all_tasks()))

asyncio.run(main())
