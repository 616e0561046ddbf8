# Producer/consumer with several tasks and sentinel shutdown.
import asyncio

async def producer(name, q, n, d):
    for i in range(n):
        await asyncio.sleep(d)
        await q.put(f"{name}-{i}")
    return f"{name} produced {n}"

async def consumer(name, q, out):
    count = 0
    while True:
        item = await q.get()
        try:
            if item is None:
                return f"{name} consumed {count}"
            out.append(item)
            count += 1
            await asyncio.sleep(0)
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    out = []
    consumers = [asyncio.create_task(consumer(f"c{i}", q, out)) for i in range(3)]
    prods = await asyncio.gather(producer("p", q, 5, 0.01), producer("r", q, 3, 0.015))
    print(prods)
    await q.join()
    print("consumed so far:", len(out), sorted(out))
    for _ in consumers:
        await q.put(None)
    results = await asyncio.gather(*consumers)
    print("consumers:", len(results), sum(int(r.split()[-1]) for r in results))
    print("queue empty:", q.empty())
    print("p items in order:", [x for x in out if x.startswith("p")])
    print("r items in order:", [x for x in out if x.startswith("r")])

asyncio.run(main())
