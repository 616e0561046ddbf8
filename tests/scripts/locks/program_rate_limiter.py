# A token-bucket rate limiter: a Semaphore holds tokens, a refill task adds
# one every 30 ms. Each request is tagged with the refill count it ran
# after (deterministic: one timer at a time, waiters woken FIFO).
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

class RateLimiter:
    def __init__(self, burst):
        self.tokens = asyncio.Semaphore(burst)
        self.refills = 0

    async def refill(self):
        while True:
            await asyncio.sleep(0.03)
            self.refills += 1
            self.tokens.release()

    async def __aenter__(self):
        await self.tokens.acquire()
        return self.refills

    async def __aexit__(self, *exc):
        return None

log = []

async def request(i, limiter):
    async with limiter as tag:
        log.append((i, tag))
        await asyncio.sleep(0)
        return i * i

async def main():
    limiter = RateLimiter(burst=2)
    refiller = asyncio.create_task(limiter.refill())
    results = await asyncio.gather(*(request(i, limiter) for i in range(6)))
    print("results:", results)
    print("order and refill count:", log)
    refiller.cancel()
    try:
        await refiller
    except asyncio.CancelledError:
        print("refiller stopped, at least 4 refills:", limiter.refills >= 4)

asyncio.run(main())
