# new_event_loop: run_until_complete, run_forever + stop, is_running, close.
import asyncio

async def work(x):
    loop = asyncio.get_running_loop()
    print("inside: running", loop.is_running())
    await asyncio.sleep(0)
    return x + 1

loop = asyncio.new_event_loop()
print(type(loop).__name__.endswith("EventLoop"))
print("running:", loop.is_running(), "closed:", loop.is_closed())
print("result:", loop.run_until_complete(work(1)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "fut value")
print("future result:", loop.run_until_complete(fut))
t = loop.create_task(work(10))
print("task result:", loop.run_until_complete(t))
count = []
def tick():
    count.append(1)
    if len(count) == 3:
        loop.stop()
    else:
        loop.call_soon(tick)
loop.call_soon(tick)
loop.run_forever()
print("ticks:", len(count))
loop.stop()
loop.call_soon(print, "runs in one iteration")
loop.run_forever()
print("stopped immediately after one iteration")
try:
    loop.run_until_complete(asyncio.sleep(0, "x"))
    print("reran ok")
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
print("closed:", loop.is_closed())
loop.close()
print("close twice ok")
for name, call in [("call_soon", lambda: loop.call_soon(print)),
                   ("create_future", lambda: loop.create_future() and "made"),
                   ("run_forever", lambda: loop.run_forever())]:
    try:
        print(name, call())
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
c = work(0)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("run_until_complete RuntimeError:", e)
c.close()
loop2 = asyncio.new_event_loop()
async def failing():
    raise ValueError("inside loop2")
try:
    loop2.run_until_complete(failing())
except ValueError as e:
    print("propagated:", e)
loop2.close()
loop3 = asyncio.new_event_loop()
loop3.close()
loop3.call_later(1, print)
