# call_later/call_at ordering against a fixed base time, cancellation, call_soon interplay.
import asyncio

loop = asyncio.new_event_loop()
log = []
t0 = loop.time()
STEP = 0.03

def rel(h):
    return round((h.when() - t0) / STEP)

def cb(tag):
    log.append(tag)

handles = {}
for k in (5, 1, 4, 2, 3):
    handles[k] = loop.call_at(t0 + k * STEP, cb, f"at{k}")
print("scheduled slots:", sorted(rel(h) for h in handles.values()))
print("comparisons:", handles[1] < handles[2], handles[5] > handles[4],
      handles[3] == handles[3], handles[3] != handles[4], handles[2] <= handles[2])
handles[4].cancel()
print("cancelled flags:", [handles[k].cancelled() for k in (1, 2, 3, 4, 5)])
loop.call_soon(cb, "soon1")
loop.call_later(0, cb, "later0")
loop.call_later(-1, cb, "later-neg")
loop.call_soon(cb, "soon2")

def canceller():
    log.append("canceller")
    print("cancelling at5 from a timer:", handles[5].cancelled(), "->", end=" ")
    handles[5].cancel()
    print(handles[5].cancelled())
    loop.call_soon(cb, "soon-from-timer")
    loop.call_later(0, cb, "later0-from-timer")
    loop.call_at(t0 + 6 * STEP, cb, "at6-from-timer")

loop.call_at(t0 + 3.5 * STEP, canceller)
loop.call_at(t0 + 6 * STEP + 0.001, loop.stop)  # just after the last timer
loop.run_forever()
print("order:", log)
print("cancel after run is harmless:", handles[1].cancel(), handles[1].cancelled())

log.clear()
t1 = loop.time()
hs = [loop.call_later(STEP * (i % 3 + 1), cb, i) for i in range(6)]
for h in hs[::2]:
    h.cancel()
loop.call_later(STEP * 3 + 0.001, loop.stop)
loop.run_forever()
print("mod-3 delays with evens cancelled:", log)
log.clear()
loop.call_at(loop.time() + STEP, cb, "late")
loop.call_soon(cb, "early")
loop.call_soon(loop.stop)
loop.run_forever()
print("stop before timer due:", log)
loop.call_at(loop.time() + STEP, loop.stop)
loop.run_forever()
print("timer survives a restart:", log)
print("scheduled handle types:", type(hs[0]).__name__, type(loop.call_soon(cb, 0)).__name__)
loop.close()
