# async with: __aenter__/__aexit__ call order, suppression and propagation.
import asyncio

class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print(f"enter {self.name}")
        await asyncio.sleep(0)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print(f"exit {self.name}", et.__name__ if et else None, repr(ev), tb is not None)
        await asyncio.sleep(0)
        return self.suppress

async def main():
    async with Ctx("a") as v:
        print("body got", v)
    async with Ctx("outer") as o, Ctx("inner") as i:
        print("nested body", o, i)
    async with Ctx("s", suppress=True):
        raise ValueError("swallowed")
    print("after suppressed")
    try:
        async with Ctx("p"):
            raise KeyError("kept")
    except KeyError as e:
        print("propagated", repr(e))
    try:
        async with Ctx("x", suppress=True), Ctx("y"):
            raise IndexError("inner first")
    except IndexError:
        print("not reached")
    print("suppressed by outer")
    def f():
        return 1
    for bad in (f, 3):
        try:
            async with bad:
                pass
        except TypeError as e:
            print("TypeError:", e)
    class NoExit:
        async def __aenter__(self):
            return 1
    try:
        async with NoExit():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class SyncOnly:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            return False
    try:
        async with SyncOnly():
            pass
    except TypeError as e:
        print("TypeError:", e)
    return "done"

print(asyncio.run(main()))
