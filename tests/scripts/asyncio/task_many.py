# 1000 tasks created and gathered; results in order; all_tasks counts.
import asyncio

counter = 0

async def work(i):
    global counter
    await asyncio.sleep(0)
    counter += 1
    await asyncio.sleep(0)
    return i * 2

async def main():
    tasks = [asyncio.create_task(work(i)) for i in range(1000)]
    print("all_tasks while pending:", len(asyncio.all_tasks()))
    results = await asyncio.gather(*tasks)
    print("count:", len(results), "sum:", sum(results))
    print("first/last:", results[:3], results[-3:])
    print("counter:", counter)
    print("all done:", all(t.done() for t in tasks))
    print("all_tasks after:", len(asyncio.all_tasks()))
    names = [t.get_name() for t in tasks]
    print("names:", names[0], names[-1])
    results = await asyncio.gather(*(work(i) for i in range(500)))
    print("coroutines gathered:", len(results), results[499])
    chain = asyncio.sleep(0, 0)
    async def add(prev):
        return (await prev) + 1
    for _ in range(200):
        chain = add(chain)
    print("chain of 200 awaits:", await chain)

asyncio.run(main())
