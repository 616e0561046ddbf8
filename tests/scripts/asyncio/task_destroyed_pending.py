# Tasks still pending when their loop is closed and dropped: "Task was destroyed but it is pending!".
import asyncio
import sys

events = []
quiet = False

def handler(loop, context):
    if quiet:  # the cyclic stuck task is only collected at shutdown
        return
    task = context.get("task")
    print("handler:", context["message"], sorted(context),
          repr(task).split(" coro=")[0], "closed loop:", loop.is_closed())

async def stuck(fut):
    try:
        events.append("stuck waiting")
        await fut
    finally:
        events.append("stuck finally")

async def never():
    events.append("never ran (wrong)")

async def quick():
    await asyncio.sleep(0)
    return "quick done"

loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
fut = loop.create_future()
task = loop.create_task(stuck(fut), name="stuck-task")
print("quick:", loop.run_until_complete(quick()))
late = loop.create_task(never(), name="late-task")
print("events:", events)
print("task done:", task.done(), "late done:", late.done())
print("all_tasks before close:", sorted(t.get_name() for t in asyncio.all_tasks(loop)))
loop.close()
print("closed:", loop.is_closed(), "running:", loop.is_running())
print("still pending:", not task.done(), not late.done())
c = quick()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("run on closed loop:", e)
c.close()
print("dropping late task (only our reference is left)")
del late
print("after del late, events:", events)
sys.stdout.flush()
quiet = True
del task, fut
print("end of script, events:", events)
