# A cache with one Lock per key ("single flight"): concurrent lookups of the
# same key wait for the first fetch instead of fetching again.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

class Cache:
    def __init__(self):
        self.data = {}
        self.locks = {}
        self.fetches = []

    async def fetch(self, key):
        self.fetches.append(key)
        for _ in range(3):
            await asyncio.sleep(0)
        if key == "bad":
            raise LookupError(key)
        return key.upper()

    async def get(self, who, key):
        if key in self.data:
            return who, key, self.data[key], "hit"
        lock = self.locks.setdefault(key, asyncio.Lock())
        async with lock:
            if key in self.data:
                return who, key, self.data[key], "waited"
            value = await self.fetch(key)
            self.data[key] = value
            return who, key, value, "fetched"

async def main():
    cache = Cache()
    reqs = [("t1", "a"), ("t2", "b"), ("t3", "a"), ("t4", "a"), ("t5", "b")]
    ts = [asyncio.create_task(cache.get(w, k)) for w, k in reqs]
    await asyncio.sleep(0)
    print({k: br(l) for k, l in cache.locks.items()})
    for r in await asyncio.gather(*ts):
        print(*r)
    print("fetches:", cache.fetches)
    print(*await cache.get("t6", "a"))
    # a failing fetch: the lock is released, the next waiter fetches again
    res = await asyncio.gather(cache.get("u1", "bad"), cache.get("u2", "bad"),
                               return_exceptions=True)
    print([repr(r) for r in res])
    print("fetches:", cache.fetches)
    print({k: br(l) for k, l in cache.locks.items()})
    # a cancelled fetcher: the waiter behind it takes over
    t1 = asyncio.create_task(cache.get("v1", "c"))
    t2 = asyncio.create_task(cache.get("v2", "c"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t1.cancel()
    print(await asyncio.gather(t1, t2, return_exceptions=True))
    print("fetches:", cache.fetches, br(cache.locks["c"]))

asyncio.run(main())
