# get_event_loop / set_event_loop / new_event_loop outside and inside a loop.
import asyncio

try:
    asyncio.get_event_loop()
    print("got a loop (unexpected)")
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("after set_event_loop:", asyncio.get_event_loop() is loop)
async def which():
    return asyncio.get_running_loop()
print("run_until_complete uses that loop:", loop.run_until_complete(which()) is loop)
print("get_event_loop inside:", loop.run_until_complete(asyncio.sleep(0, "ok")))
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("after unset:", e)
loop.close()
async def main():
    inner = asyncio.get_event_loop()
    running = asyncio.get_running_loop()
    print("inside asyncio.run same:", inner is running)
    print("debug:", running.get_debug())
    other = asyncio.new_event_loop()
    print("new loop differs:", other is not running, "not running:", not other.is_running())
    other.close()
    return running
r = asyncio.run(main())
print("run's loop closed afterwards:", r.is_closed())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("after asyncio.run:", e)
print("loop_factory:", asyncio.run(which(), loop_factory=asyncio.new_event_loop).is_closed())
try:
    asyncio.set_event_loop(5)
except TypeError as e:
    print("TypeError:", e)
