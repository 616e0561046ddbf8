# A producer -> transformer -> consumer pipeline over two queues, a TaskGroup and per-item timeouts.
import asyncio

S = 0.04
DONE = object()

class Report:
    def __init__(self):
        self.events = []
        self.results = {}
        self.timeouts = []
        self.errors = []

async def producer(raw, items, report):
    for it in items:
        await raw.put(it)
        report.events.append(f"produced {it}")
    await raw.put(DONE)
    report.events.append("producer finished")

async def slow_square(n):
    # Items divisible by 4 are "slow": they exceed the stage timeout.
    await asyncio.sleep(3 * S if n % 4 == 0 else 0)
    if n == 7:
        raise ArithmeticError("seven is unlucky")
    return n * n

async def transformer(raw, cooked, report):
    while (item := await raw.get()) is not DONE:
        try:
            async with asyncio.timeout(S):
                value = await slow_square(item)
        except TimeoutError:
            report.timeouts.append(item)
        except ArithmeticError as e:
            report.errors.append((item, str(e)))
        else:
            await cooked.put((item, value))
        finally:
            raw.task_done()
    raw.task_done()
    await cooked.put(DONE)
    report.events.append("transformer finished")

async def consumer(cooked, report):
    total = 0
    while (pair := await cooked.get()) is not DONE:
        item, value = pair
        report.results[item] = value
        total += value
        cooked.task_done()
    cooked.task_done()
    report.events.append("consumer finished")
    return total

async def main():
    raw, cooked = asyncio.Queue(maxsize=2), asyncio.Queue(maxsize=1)
    report = Report()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(raw, list(range(1, 10)), report), name="producer")
        tg.create_task(transformer(raw, cooked, report), name="transformer")
        total_task = tg.create_task(consumer(cooked, report), name="consumer")
    await raw.join()
    await cooked.join()
    print("total:", total_task.result())
    print("results:", sorted(report.results.items()))
    print("timed out:", report.timeouts)
    print("errors:", report.errors)
    print("finish order:", [e for e in report.events if e.endswith("finished")])
    print("events:", report.events)
    print("queues empty:", raw.empty(), cooked.empty(), str(raw), str(cooked))
    print("no tasks left:", asyncio.all_tasks() == {asyncio.current_task()})

asyncio.run(main())
