# call_later / call_at ordering, TimerHandle.when(), loop.time() monotonic.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    t0 = loop.time()
    h_a = loop.call_at(t0 + 0.01, log.append, "a")
    h_c = loop.call_later(0.03, log.append, "c")
    h_b = loop.call_at(t0 + 0.02, log.append, "b")
    h_x = loop.call_at(t0 + 0.015, log.append, "x")
    h_s = loop.call_soon(log.append, "soon")
    h_z = loop.call_at(t0, log.append, "zero")
    h_n = loop.call_later(-1, log.append, "negative")
    print(type(h_a).__name__, type(h_s).__name__)
    print("when ordering:", h_a.when() < h_x.when() < h_b.when() < h_c.when())
    print("call_at when exact:", h_b.when() == t0 + 0.02)
    print("when >= t0:", h_a.when() >= t0 + 0.01)
    h_x.cancel()
    print("x cancelled:", h_x.cancelled())
    await asyncio.sleep(0.05)
    print(log)
    t1 = loop.time()
    print("time advanced:", t1 > t0, "at least 0.05:", t1 - t0 >= 0.049)
    print("time type:", type(t1).__name__)
    same = [loop.call_later(0.01, log.append, i) for i in range(5)]
    log.clear()
    await asyncio.sleep(0.02)
    print("same delay keeps order:", log)
    print("equal handles compare:", same[0] == same[0], same[0] == same[1])
    print("handles ordered:", same[0] <= same[1])
    done = loop.create_future()
    loop.call_later(0.01, done.set_result, "timer fired")
    print(await done)

asyncio.run(main())
