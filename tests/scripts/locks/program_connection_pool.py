# A connection pool: a Semaphore bounds concurrent borrowers, a list holds
# idle connections; FIFO order of borrowers, peak usage, errors inside.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

class Pool:
    def __init__(self, size):
        self.sem = asyncio.BoundedSemaphore(size)
        self.idle = [f"conn{i}" for i in range(size)]
        self.in_use = 0
        self.peak = 0
        self.log = []

    async def query(self, who, work, fail=False):
        async with self.sem:
            conn = self.idle.pop(0)
            self.in_use += 1
            self.peak = max(self.peak, self.in_use)
            self.log.append(f"{who}+{conn}")
            try:
                for _ in range(work):
                    await asyncio.sleep(0)
                if fail:
                    raise ConnectionError(f"{who} lost {conn}")
                return f"{who}:{conn}:{work}"
            finally:
                self.in_use -= 1
                self.idle.append(conn)
                self.log.append(f"{who}-{conn}")

async def main():
    pool = Pool(2)
    jobs = [("a", 3), ("b", 1), ("c", 2), ("d", 0), ("e", 1), ("f", 2)]
    res = await asyncio.gather(*(pool.query(w, n) for w, n in jobs))
    print(res)
    print(pool.log)
    print("peak:", pool.peak, "idle:", pool.idle, br(pool.sem))
    pool.log.clear()
    res = await asyncio.gather(pool.query("x", 1), pool.query("y", 1, fail=True),
                               pool.query("z", 0), return_exceptions=True)
    print([r if isinstance(r, str) else repr(r) for r in res])
    print(pool.log, "idle:", pool.idle, br(pool.sem))
    # a borrower cancelled while queued never takes a connection
    pool.log.clear()
    ts = [asyncio.create_task(pool.query(w, 2)) for w in ("p", "q", "r", "s")]
    await asyncio.sleep(0)
    print("queued:", br(pool.sem), pool.log)
    ts[2].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(pool.log, "idle:", pool.idle, br(pool.sem), [t.cancelled() for t in ts])

asyncio.run(main())
