# sleep(0) yields exactly once; sleep(d, result=x); ordering by duration.
import asyncio

async def main():
    print("sleep(0) returns:", await asyncio.sleep(0))
    print("sleep(0, result):", await asyncio.sleep(0, "r0"))
    print("sleep(0.01, result=...):", await asyncio.sleep(0.01, result={"k": 1}))
    print("negative sleep:", await asyncio.sleep(-1, "neg"))
    log = []
    async def spinner():
        for i in range(3):
            log.append(f"spin{i}")
            await asyncio.sleep(0)
    t = asyncio.create_task(spinner())
    log.append("main0")
    await asyncio.sleep(0)
    log.append("main1")
    await asyncio.sleep(0)
    log.append("main2")
    await t
    print(log)
    order = []
    async def napper(name, d):
        await asyncio.sleep(d)
        order.append(name)
        return name
    ts = [asyncio.create_task(napper(n, d)) for n, d in
          [("c", 0.03), ("a", 0.01), ("d", 0.04), ("b", 0.02), ("z", 0)]]
    res = await asyncio.gather(*ts)
    print("finish order:", order)
    print("gather order:", res)
    c = asyncio.sleep(0.01)
    print("sleep returns:", type(c).__name__, c.__name__)
    await c
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.02)
    print("slept long enough:", loop.time() - t0 >= 0.019)
    try:
        await asyncio.sleep("x")
    except TypeError as e:
        print("TypeError raised for str delay")

asyncio.run(main())
