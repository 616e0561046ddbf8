# Barrier repr brackets through all states: filling, draining, resetting,
# broken (CPython's test_repr), with n_waiting.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

async def wait(b):
    try:
        return await b.wait()
    except asyncio.BrokenBarrierError as e:
        return str(e)

async def main():
    b = asyncio.Barrier(4)
    r = repr(b)
    print(r.startswith("<asyncio.locks.Barrier object at "), r.endswith("[filling, waiters:0/4]>"))
    ws = [asyncio.create_task(wait(b)) for _ in range(2)]
    await asyncio.sleep(0)
    print("two:", br(b), b.n_waiting)
    ws += [asyncio.create_task(wait(b)) for _ in range(b.parties - b.n_waiting)]
    await asyncio.sleep(0)
    print("full:", br(b), b.n_waiting)
    ws += [asyncio.create_task(wait(b)) for _ in range(2)]
    await asyncio.sleep(0)
    print("two more:", br(b), b.n_waiting)
    await b.reset()
    print("reset:", br(b), b.n_waiting)
    ws += [asyncio.create_task(wait(b)) for _ in range(2)]
    await asyncio.sleep(0)
    print("two more:", br(b))
    await b.abort()
    print("abort:", br(b), b.n_waiting, b.broken)
    print(await asyncio.gather(*ws))
    print("end:", br(b))
    one = asyncio.Barrier(1)
    print(br(one), br(asyncio.Barrier(10**3)))
    class MyBarrier(asyncio.Barrier):
        pass
    print(br(MyBarrier(2)))

asyncio.run(main())
