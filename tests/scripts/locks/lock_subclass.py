# Subclassing Lock: overriding acquire()/release()/__init__ and calling the
# base versions; `async with` uses the overrides.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

class CountingLock(asyncio.Lock):
    def __init__(self, name):
        super().__init__()
        self.name = name
        self.acquires = 0
        self.releases = 0

    async def acquire(self):
        print(f"  {self.name}.acquire start locked={self.locked()}")
        r = await super().acquire()
        self.acquires += 1
        print(f"  {self.name}.acquire done -> {r}")
        return r

    def release(self):
        self.releases += 1
        print(f"  {self.name}.release #{self.releases}")
        super().release()

class Loud(asyncio.Lock):
    def locked(self):
        return "always"

async def user(lock, tag):
    async with lock:
        print(tag, "inside", br(lock))
        await asyncio.sleep(0)
    print(tag, "outside", br(lock))

async def main():
    lock = CountingLock("L")
    print(isinstance(lock, asyncio.Lock), type(lock).__mro__[1].__name__)
    await asyncio.gather(user(lock, "u1"), user(lock, "u2"))
    print("counts:", lock.acquires, lock.releases, br(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("counts:", lock.acquires, lock.releases)
    loud = Loud()
    print("Loud.locked():", loud.locked(), br(loud))
    await loud.acquire()
    print("after acquire:", loud.locked(), br(loud))
    loud.release()
    print("released:", loud.locked(), br(loud))

asyncio.run(main())
