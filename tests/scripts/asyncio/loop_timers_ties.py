# Timers with identical when(): CPython runs them in heap-pop order, not FIFO order.
import asyncio

loop = asyncio.new_event_loop()
log = []
STEP = 0.01  # pop order does not depend on timing here: all timers exist before the loop runs

def run_batch(label, whens, cancel=()):
    log.clear()
    t0 = loop.time()
    hs = [loop.call_at(t0 + w * STEP, log.append, i) for i, w in enumerate(whens)]
    for i in cancel:
        hs[i].cancel()
    loop.call_at(t0 + (max(whens) + 1) * STEP, loop.stop)
    loop.run_forever()
    print(label, log)
    same = [h for h in hs if h.when() == hs[0].when()]
    print("  handles sharing the first when:", len(same), "equal:", hs[0] == same[-1])

run_batch("12 identical:", [0] * 12)
run_batch("5 identical:", [0] * 5)
run_batch("two groups:", [1 if i % 3 == 0 else 0 for i in range(12)])
run_batch("identical with cancels:", [0] * 8, cancel=(1, 4))
run_batch("descending then ties:", [3, 2, 1, 0, 0, 0, 1, 2])

log.clear()
t0 = loop.time()
for i in range(4):
    loop.call_at(t0, log.append, f"t{i}")
    loop.call_soon(log.append, f"s{i}")
loop.call_at(t0 + STEP, loop.stop)
loop.run_forever()
print("call_soon first, then tied timers:", log)
loop.close()
