# asyncio.wait: timeouts expiring mid-way, iterables of tasks, pending tasks left running.
import asyncio

log = []

async def job(name, d, fail=False):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    log.append(f"{name} finished")
    if fail:
        raise KeyError(name)
    return name

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    S = 0.035
    ts = [asyncio.create_task(job(f"j{i}", S * i), name=f"j{i}") for i in (1, 3, 5)]
    done, pending = await asyncio.wait(ts, timeout=S * 2)
    print("after 2 steps:", names(done), names(pending), log)
    done, pending = await asyncio.wait(pending, timeout=S * 2, return_when=asyncio.FIRST_COMPLETED)
    print("first completed within timeout:", names(done), names(pending))
    print("pending task not cancelled by wait timeout:", [t.cancelled() for t in pending])
    done, pending = await asyncio.wait(iter(pending))
    print("iterator input:", names(done), len(pending), log)

    d = {asyncio.create_task(job("k1", 0), name="k1"): "v1",
         asyncio.create_task(job("k2", S, fail=True), name="k2"): "v2"}
    done, pending = await asyncio.wait(d)
    print("dict keys waited:", names(done), [type(t.exception()).__name__ if t.exception() else t.result() for t in sorted(done, key=lambda t: t.get_name())])

    gen = (t for t in d)
    done, pending = await asyncio.wait(gen, timeout=10)
    print("all done already, timeout ignored:", len(done), len(pending))

    t = asyncio.create_task(job("victim", 5), name="victim")
    w = asyncio.create_task(asyncio.wait([t]))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("cancelling wait() does not cancel its tasks:", t.cancelled(), t.done())
    t.cancel()
    done, pending = await asyncio.wait([t])
    print("victim:", names(done), t.cancelled(), log[-1])

    log.clear()
    many = [asyncio.create_task(job(f"m{i}", 2 * S * (i % 2)), name=f"m{i}") for i in range(6)]
    done, pending = await asyncio.wait(many, timeout=S)
    print("half done at half step:", names(done), names(pending))
    await asyncio.wait(pending)
    print("log order:", log)

asyncio.run(main())
