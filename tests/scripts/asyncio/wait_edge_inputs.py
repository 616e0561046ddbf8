# asyncio.wait edge cases: duplicates, done futures, timeout=0, and argument errors.
import asyncio

async def val(v, d=0):
    await asyncio.sleep(d)
    return v

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(val("a"), name="a")
    done, pending = await asyncio.wait([a, a, a])
    print("duplicates collapse:", names(done), len(pending), type(done).__name__)

    f = loop.create_future()
    f.set_result("ready")
    slow = asyncio.create_task(val("slow", 0.1), name="slow")
    done, pending = await asyncio.wait([f, slow], return_when=asyncio.FIRST_COMPLETED)
    print("already done future:", [x.result() for x in done], names(pending))

    done, pending = await asyncio.wait([slow], timeout=0)
    print("timeout=0 with pending:", len(done), names(pending), "slow still running:", not slow.done())
    done, pending = await asyncio.wait([f], timeout=0)
    print("timeout=0 with done:", len(done), len(pending))
    done, pending = await asyncio.wait([slow], timeout=-1)
    print("negative timeout:", len(done), len(pending))

    bad = asyncio.create_task(val("bad"), name="bad")
    err = loop.create_future()
    loop.call_soon(err.set_exception, ValueError("err"))
    done, pending = await asyncio.wait([err, slow], return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION:", [repr(x.exception()) for x in done], names(pending))
    done, pending = await asyncio.wait({bad}, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION without exception waits all:", names(done))

    c = loop.create_future()
    c.cancel()
    done, pending = await asyncio.wait([c, slow], return_when=asyncio.FIRST_EXCEPTION)
    print("cancelled counts as done, not exception:", len(done), names(pending))

    print("constants:", asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    c1, c2 = val(1), val(2)
    cases = [
        ("coroutine list", lambda: asyncio.wait([c1])),
        ("bare coroutine", lambda: asyncio.wait(c2)),
        ("empty set", lambda: asyncio.wait(set())),
        ("empty list", lambda: asyncio.wait([])),
        ("bad return_when", lambda: asyncio.wait([slow], return_when="SOMETIMES")),
        ("future not iterable", lambda: asyncio.wait(f)),
    ]
    for label, make in cases:
        try:
            await make()
        except (TypeError, ValueError) as e:
            print(f"{label}: {type(e).__name__}: {e}")
    c1.close(); c2.close()
    done, _ = await asyncio.wait([slow])
    print("slow finally:", [x.result() for x in done])

asyncio.run(main())
