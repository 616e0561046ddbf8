# 10000 tasks each yielding twice with sleep(0): counts, ordering checksum, all_tasks sizes.
import asyncio

N = 10000
order = []
phase_counts = [0, 0, 0]

async def worker(i):
    phase_counts[0] += 1
    order.append(i)
    await asyncio.sleep(0)
    phase_counts[1] += 1
    order.append(i)
    await asyncio.sleep(0)
    phase_counts[2] += 1
    order.append(i)
    return i * i % 1009

async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(N)]
    print("created:", len(tasks), "all_tasks:", len(asyncio.all_tasks()), "started:", phase_counts[0])
    await asyncio.sleep(0)
    print("after one turn:", phase_counts)
    await asyncio.sleep(0)
    print("after two turns:", phase_counts)
    results = await asyncio.gather(*tasks)
    print("after gather:", phase_counts, "remaining tasks:", len(asyncio.all_tasks()))
    print("result checksum:", sum(results), sum(i * r for i, r in enumerate(results)) % 1000003)
    print("order is round-robin:", order == list(range(N)) * 3)
    h = 0
    for v in order:
        h = (h * 31 + v) % 1000000007
    print("order hash:", h, len(order))
    print("names unique:", len({t.get_name() for t in tasks}), tasks[0].done(), tasks[-1].done())

    counter = 0
    async def bump():
        nonlocal counter
        for _ in range(2):
            counter += 1
            await asyncio.sleep(0)
    await asyncio.gather(*(bump() for _ in range(N)))
    print("gather of bare coroutines:", counter)

asyncio.run(main())
