# Awaiting things that are not awaitable, and bad __await__ implementations.
import asyncio

class BadAwait:
    def __await__(self):
        return 42

class GenAwait:
    def __await__(self):
        yield from []
        return "from gen"

class ListAwait:
    def __await__(self):
        return iter([])

async def main():
    for obj in (5, "s", None, [1]):
        try:
            await obj
        except TypeError as e:
            print("TypeError:", e)
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    print("GenAwait ->", await GenAwait())
    print("ListAwait ->", await ListAwait())
    def plain_gen():
        yield
    try:
        await plain_gen()
    except TypeError as e:
        print("TypeError:", e)
    async def f():
        return 1
    try:
        await f
    except TypeError as e:
        print("TypeError:", e)
    return "ok"

print(asyncio.run(main()))
