import asyncio
async def bad(): raise ValueError
async def main():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0)
    try:
        raise KeyError
    except KeyError:
        try:
            await t
        except ValueError as e:
            print(repr(e.__context__))
asyncio.run(main())
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        try: raise KeyError("k")
        except KeyError as e:
            e.__context__ = None
            raise
try:
    with CM(): raise ValueError("v")
except KeyError as e: print(repr(e.__context__))
def g():
    try:
        raise KeyError("inner")
    except KeyError as e:
        e.__context__ = None
        raise
try:
    raise ValueError("outer")
except ValueError:
    try:
        sorted([1, 2], key=lambda x: g())
    except KeyError as e:
        print(repr(e.__context__))
