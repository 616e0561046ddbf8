# asyncio.run(debug=...): get_debug(), set_debug(), coroutine origin tracking in debug mode.
import asyncio
import sys

async def child():
    return "child ran"

async def probe(label):
    loop = asyncio.get_running_loop()
    default_scd = loop.slow_callback_duration
    loop.slow_callback_duration = 60  # never warn about slow steps on a loaded machine
    c = child()
    origin = c.cr_origin
    print(label, "get_debug:", loop.get_debug(),
          "tracking depth:", sys.get_coroutine_origin_tracking_depth(), "slow:", default_scd)
    print(label, "cr_origin:", None if origin is None else origin[0][2])
    print(label, await c)
    return loop.get_debug()

async def toggle():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 60
    print("toggle start:", loop.get_debug(), sys.get_coroutine_origin_tracking_depth())
    loop.set_debug(False)
    print("after set_debug(False):", loop.get_debug(), sys.get_coroutine_origin_tracking_depth())
    await asyncio.sleep(0)
    print("after one iteration:", sys.get_coroutine_origin_tracking_depth())
    c = child()
    print("cr_origin now:", c.cr_origin)
    c.close()
    loop.set_debug(True)
    print("after set_debug(True):", loop.get_debug(), sys.get_coroutine_origin_tracking_depth())
    await asyncio.sleep(0)
    print("after one iteration:", sys.get_coroutine_origin_tracking_depth())
    print("slow_callback_duration:", loop.slow_callback_duration)
    t = asyncio.create_task(child())
    print("task in debug mode:", await t, t.done())
    return "toggled"

print("debug=True ->", asyncio.run(probe("on"), debug=True))
print("outside depth:", sys.get_coroutine_origin_tracking_depth())
print("debug=False ->", asyncio.run(probe("off"), debug=False))
print("debug=None ->", asyncio.run(probe("default")))
print(asyncio.run(toggle(), debug=True))
print("depth restored:", sys.get_coroutine_origin_tracking_depth())
loop = asyncio.new_event_loop()
print("new loop debug:", loop.get_debug())
loop.set_debug(True)
print("set on idle loop:", loop.get_debug(), "depth while idle:", sys.get_coroutine_origin_tracking_depth())
print(loop.run_until_complete(probe("manual")))
print("depth after run_until_complete:", sys.get_coroutine_origin_tracking_depth())
loop.close()
with asyncio.Runner(debug=True) as r:
    print("Runner(debug=True):", r.get_loop().get_debug())
    print(r.run(probe("runner")))
