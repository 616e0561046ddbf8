# Cancelling Barrier parties: while filling, after the barrier tripped but
# before the party ran, while blocked behind a draining barrier.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def party(name, b, rounds=1):
    log.append(f"{name} start")
    try:
        for r in range(rounds):
            i = await b.wait()
            log.append(f"{name} passed {i}")
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled{e.args} n_waiting={b.n_waiting}")
        raise

async def scenario(title, names, cancel, add_at=None, rounds=1):
    print(title)
    b = asyncio.Barrier(3)
    ts = {n: asyncio.create_task(party(n, b, rounds)) for n in names}
    for step in range(6):
        if step == add_at:
            ts["late"] = asyncio.create_task(party("late", b, rounds))
        for name, at in cancel:
            if at == step:
                log.append(f"cancel {name} -> {ts[name].cancel(name)}")
        await asyncio.sleep(0)
        print(" ", step, log, br(b)); log.clear()
    for t in ts.values():
        t.cancel()
    await asyncio.gather(*ts.values(), return_exceptions=True)
    print("  end:", log, br(b)); log.clear()
    print("  results:", {n: "cancelled" if t.cancelled() else "ok" for n, t in ts.items()})

async def main():
    await scenario("cancel while filling", "ab", [("a", 1)], add_at=2)
    await scenario("cancel in the step the barrier trips", "abc", [("a", 1)])
    await scenario("cancel the last party before it starts", "abc", [("c", 0)])
    await scenario("cancel a party blocked while draining", "abc",
                   [("c", 1)], rounds=2)
    await scenario("cancel two parties while filling", "ab",
                   [("a", 1), ("b", 1)], add_at=3)

asyncio.run(main())
