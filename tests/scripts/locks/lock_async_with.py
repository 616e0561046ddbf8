# `async with lock`: __aenter__ returns None, release on normal exit,
# on exception, on return and on break; the exception propagates.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

async def body(lock, how):
    for i in range(2):
        async with lock as value:
            print(how, "inside:", value, lock.locked())
            if how == "return":
                return "returned"
            if how == "break":
                break
            if how == "raise":
                raise KeyError("boom")
            if how == "continue":
                continue
    return "fell through"

async def main():
    lock = asyncio.Lock()
    for how in ("normal", "return", "break", "continue", "raise"):
        try:
            r = await body(lock, how)
            print(how, "->", r, br(lock))
        except KeyError as e:
            print(how, "-> KeyError", e, br(lock))
    r = await lock.__aenter__()
    print("__aenter__:", r, lock.locked())
    r = await lock.__aexit__(None, None, None)
    print("__aexit__:", r, lock.locked())
    # nested with on two locks; inner releases first
    other = asyncio.Lock()
    async with lock:
        async with other:
            print("both:", lock.locked(), other.locked())
        print("inner released:", lock.locked(), other.locked())
    print("both released:", lock.locked(), other.locked())
    # __aexit__ on an unlocked lock raises
    try:
        await lock.__aexit__(None, None, None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    # an exception from release inside async with replaces the body's
    try:
        async with lock:
            lock.release()
            raise ValueError("body")
    except Exception as e:
        print(type(e).__name__, e, "context:", repr(e.__context__))

asyncio.run(main())
