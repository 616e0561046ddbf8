# run_forever/stop: stop before run, repeated stop, callbacks chaining across restarts.
import asyncio

loop = asyncio.new_event_loop()
log = []

def chain(n):
    log.append(f"chain {n} running={loop.is_running()}")
    if n < 5:
        loop.call_soon(chain, n + 1)

def stopper(tag):
    log.append(f"stop {tag}")
    loop.stop()

def report(label):
    print(label, log)
    log.clear()

loop.stop()
loop.call_soon(log.append, "cb before run")
loop.run_forever()
report("stop before run_forever -> one iteration:")

loop.call_soon(chain, 1)
loop.call_soon(stopper, "A")
loop.run_forever()
report("chain + stop in same iteration:")
loop.call_soon(stopper, "B")
loop.run_forever()
report("restart continues pending chain:")
loop.call_soon(stopper, "C")
loop.call_soon(stopper, "D")
loop.call_soon(log.append, "after double stop")
loop.run_forever()
report("stop twice in one iteration:")
loop.stop(); loop.stop()
loop.run_forever()
report("two stops before run (chain leftovers):")
loop.stop()
loop.run_forever()
report("remaining chain:")

async def coro():
    log.append(f"coro running={loop.is_running()}")
    await asyncio.sleep(0)
    loop.call_soon(log.append, "scheduled by coro")
    return "coro result"

print("run_until_complete after stops:", loop.run_until_complete(coro()))
report("log:")
loop.call_soon(log.append, "left over")
loop.stop()
loop.run_forever()
report("leftover after run_until_complete:")
fut = loop.create_future()
loop.call_soon(stopper, "E")
try:
    loop.run_until_complete(fut)
except RuntimeError as e:
    print("stop during run_until_complete:", e)
report("log:")
print("future still pending:", not fut.done(), "running:", loop.is_running())
loop.call_soon(fut.set_result, "late value")
print("second try:", loop.run_until_complete(fut))
loop.close()
try:
    loop.run_forever()
except RuntimeError as e:
    print("closed:", e)
loop.stop()
print("stop on closed loop is allowed, is_closed:", loop.is_closed())
