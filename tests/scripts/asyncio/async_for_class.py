# async for over classes with __aiter__/__anext__, and the error cases.
import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        print("aiter called")
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

class NoAnext:
    def __aiter__(self):
        return 5

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7

async def main():
    async for v in Countdown(3):
        print("value", v)
    else:
        print("else clause ran")
    async for v in Countdown(5):
        if v == 2:
            print("break at", v)
            break
    else:
        print("not printed")
    total = 0
    async for v in Countdown(4):
        if v % 2:
            continue
        total += v
    print("total of evens", total)
    for bad in (3, [1, 2], NoAnext()):
        try:
            async for x in bad:
                pass
        except TypeError as e:
            print("TypeError:", e)
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        print("TypeError:", e)
    it = Countdown(2).__aiter__()
    print(await it.__anext__(), await it.__anext__())
    try:
        await it.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)

asyncio.run(main())
