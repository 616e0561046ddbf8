# Semaphore(0) as a signal: each release() lets exactly one waiter through;
# releases before anyone waits are banked.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def consumer(name, sig, n):
    for i in range(n):
        await sig.acquire()
        log.append(f"{name}#{i}")

async def main():
    sig = asyncio.Semaphore(0)
    print(br(sig), sig.locked())
    ts = [asyncio.create_task(consumer(n, sig, 2)) for n in "ab"]
    await asyncio.sleep(0)
    print("waiting:", br(sig))
    for k in range(4):
        sig.release()
        print("signal", k, br(sig))
        await asyncio.sleep(0)
        print("  ", log, br(sig)); log.clear()
    await asyncio.gather(*ts)
    # banked signals
    for _ in range(3):
        sig.release()
    print("banked:", br(sig))
    t = asyncio.create_task(consumer("c", sig, 4))
    await asyncio.sleep(0)
    print(log, br(sig), t.done()); log.clear()
    sig.release()
    await t
    print(log, br(sig)); log.clear()
    # two releases in a row wake two waiters in one step
    ts = [asyncio.create_task(consumer(n, sig, 1)) for n in "xyz"]
    await asyncio.sleep(0)
    sig.release(); sig.release()
    print("two signals:", br(sig))
    await asyncio.sleep(0)
    print(log, br(sig)); log.clear()
    sig.release()
    await asyncio.gather(*ts)
    print(log, br(sig))

asyncio.run(main())
