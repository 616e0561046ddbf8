# Done callbacks on tasks; callbacks see the finished task; ordering.
import asyncio

async def job(x):
    await asyncio.sleep(0)
    if x < 0:
        raise ValueError(x)
    return x

async def main():
    log = []
    def cb(tag):
        def f(t):
            if t.cancelled():
                state = "cancelled"
            elif t.exception() is not None:
                state = "exc " + repr(t.exception())
            else:
                state = "result " + repr(t.result())
            log.append(f"{tag}: {state}")
        return f
    t1 = asyncio.create_task(job(1))
    t1.add_done_callback(cb("t1-a"))
    t1.add_done_callback(cb("t1-b"))
    t2 = asyncio.create_task(job(-2))
    t2.add_done_callback(cb("t2"))
    t3 = asyncio.create_task(job(3))
    t3.add_done_callback(cb("t3"))
    t3.cancel()
    rm = cb("removed")
    t1.add_done_callback(rm)
    print("remove:", t1.remove_done_callback(rm))
    await asyncio.gather(t1, t2, t3, return_exceptions=True)
    await asyncio.sleep(0)
    for line in log:
        print(line)
    finished = []
    gates = [asyncio.Event() for _ in range(3)]
    async def marker(i):
        await gates[i].wait()
        return i
    tasks = [asyncio.create_task(marker(i)) for i in range(3)]
    for t in tasks:
        t.add_done_callback(lambda t: finished.append(t.result()))
    for i in (2, 0, 1):
        gates[i].set()
        await asyncio.sleep(0)
    await asyncio.wait(tasks)
    await asyncio.sleep(0)
    print("completion order:", finished)
    done_first = asyncio.create_task(job(5))
    await done_first
    late = []
    done_first.add_done_callback(lambda t: late.append("late " + str(t.result())))
    print("not synchronous:", late)
    await asyncio.sleep(0)
    print("after yield:", late)

asyncio.run(main())
