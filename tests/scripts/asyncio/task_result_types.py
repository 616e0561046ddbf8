# Tasks returning assorted values; finished-task reprs (coro= part removed) use reprlib limits.
import asyncio

def strip(t):
    r = repr(t)
    i = r.find(" coro=<")
    if i < 0:
        return r
    j = r.index(">", i)
    return r[:i] + r[j + 1:]

async def give(v):
    await asyncio.sleep(0)
    return v

async def nested(depth):
    if depth == 0:
        return ("leaf", await give(0))
    inner = await nested(depth - 1)
    return (depth, inner)

class Obj:
    def __repr__(self):
        return "Obj()"

async def fail():
    raise ValueError("x" * 100)

async def main():
    values = [None, 0, -1, True, 2 ** 100, 10 ** 60, 1.5, "s" * 50, b"bytes",
              (1, 2), tuple(range(20)), [list(range(3))] * 3, {"k": [1, {"n": None}]},
              frozenset({3}), Obj(), int, ...]
    tasks = [asyncio.create_task(give(v), name=f"v{i}") for i, v in enumerate(values)]
    print("pending:", strip(tasks[0]))
    results = await asyncio.gather(*tasks)
    print("identity preserved:", all(r is v for r, v in zip(results, values)))
    for t in tasks:
        print(strip(t))
    n = asyncio.create_task(nested(4), name="nested")
    print("nested:", await n)
    print(strip(n))
    f = asyncio.create_task(fail(), name="fails")
    try:
        await f
    except ValueError:
        pass
    print(strip(f))
    c = asyncio.create_task(give(1), name="cancelled")
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        pass
    print(strip(c))
    deep = asyncio.create_task(asyncio.sleep(0, result=[[[[[[[[1]]]]]]]]), name="deep")
    print("deep list:", await deep)
    print(strip(deep))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(list(range(100)))
    print(repr(fut))
    big = asyncio.create_task(give(list(range(10))), name="list")
    await big
    print(strip(big))

asyncio.run(main())
