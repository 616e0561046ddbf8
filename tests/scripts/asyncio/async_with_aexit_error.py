# __aexit__ replacing the exception, returning truthy non-bool, and return in body.
import asyncio

class Replace:
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, ev, tb):
        print("aexit sees", repr(ev))
        raise RuntimeError("from aexit")

class Truthy:
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, ev, tb):
        print("aexit truthy", et.__name__ if et else None)
        return "yes"

class Log:
    async def __aenter__(self):
        print("enter log")
        return self
    async def __aexit__(self, *exc):
        print("exit log", exc[0])
        return False

async def early():
    async with Log():
        return "returned from body"

async def loop_break():
    for i in range(3):
        async with Log():
            if i == 1:
                break
            print("iteration", i)
    return i

async def main():
    try:
        async with Replace():
            raise ValueError("original")
    except RuntimeError as e:
        print("got", repr(e), "context:", repr(e.__context__))
    async with Truthy():
        1 / 0
    print("truthy suppressed")
    print(await early())
    print("loop_break ->", await loop_break())
    async with Replace() as r:
        pass

asyncio.run(main())
