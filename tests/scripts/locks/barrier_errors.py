# Barrier errors: parties < 1, wrong types, await on the object,
# BrokenBarrierError details. Ends with an uncaught BrokenBarrierError.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

for f in (lambda: asyncio.Barrier(0), lambda: asyncio.Barrier(-4),
          lambda: asyncio.Barrier(), lambda: asyncio.Barrier(parties=0),
          lambda: asyncio.Barrier(2, loop=None), lambda: asyncio.Barrier[int]):
    try:
        print("ok:", br(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

e = asyncio.BrokenBarrierError("x")
print(type(e).__name__, e.args, isinstance(e, RuntimeError))

async def main():
    b = asyncio.Barrier(2)
    try:
        await b
    except TypeError as e:
        print("TypeError:", e)
    print(br(b))
    await b.abort()
    for i in range(2):
        try:
            await b.wait()
        except asyncio.BrokenBarrierError as e:
            print("wait on broken:", e, e.args, br(b))
    try:
        async with b as i:
            print("not reached", i)
    except asyncio.BrokenBarrierError as e:
        print("async with on broken:", e)
    print("uncaught:")
    await b.wait()

asyncio.run(main())
