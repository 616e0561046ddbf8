# as_completed edge cases: empty input, duplicates, done futures, mid-way timeouts, bad input.
import asyncio

S = 0.035

async def val(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    loop = asyncio.get_running_loop()
    got = [t async for t in asyncio.as_completed([])]
    print("empty async for:", got)
    t = asyncio.create_task(val("dup", 0))
    it = asyncio.as_completed([t, t, t])
    res = [await f for f in it]
    print("duplicates collapse:", res)
    done_fut = loop.create_future()
    done_fut.set_result("was done")
    t2 = asyncio.create_task(val("task", S))
    order = []
    async for f in asyncio.as_completed([t2, done_fut]):
        order.append((f is done_fut, f is t2, f.result()))
    print("async for yields original objects:", order)
    order = []
    for f in asyncio.as_completed([asyncio.create_task(val("x", 0))]):
        order.append(type(f).__name__)
        order.append(await f)
    print("plain iteration yields:", order)

    it = asyncio.as_completed([val("a", S), val("b", 3 * S), val("c", 10)], timeout=2 * S)
    results = []
    try:
        for f in it:
            results.append(await f)
    except TimeoutError as e:
        print("plain timeout after", results, type(e).__name__, e.args)
    try:
        async for f in asyncio.as_completed([val("p", S), val("q", 10)], timeout=2 * S):
            print("async for got", f.result())
    except TimeoutError:
        print("async for: TimeoutError from __anext__")

    it = asyncio.as_completed([val(i, S * (3 - i)) for i in range(3)])
    first = next(it)
    print("values while skipping ahead:", await first)
    rest = [await f for f in it]
    print("rest:", rest)
    try:
        next(it)
    except StopIteration:
        print("exhausted plain iterator raises StopIteration")

    coro = val("coro", 0)
    for bad in (coro, done_fut, 42):
        try:
            asyncio.as_completed(bad)
        except TypeError as e:
            print("TypeError:", e)
    coro.close()

    failing = loop.create_future()
    failing.set_exception(LookupError("failed early"))
    async for f in asyncio.as_completed([failing]):
        print("failed future yielded:", repr(f.exception()))
    left = asyncio.all_tasks() - {asyncio.current_task()}
    print("timed-out tasks keep running:", len(left), sorted(not x.done() for x in left))
    for x in left:
        x.cancel()

asyncio.run(main())
