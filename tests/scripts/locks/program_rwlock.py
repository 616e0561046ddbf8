# A reader/writer lock built on one Condition: many readers at once,
# writers exclusive, waiting writers block new readers (writer preference).
import asyncio

class RWLock:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.readers = 0
        self.writer = False
        self.waiting_writers = 0

    async def acquire_read(self):
        async with self.cond:
            await self.cond.wait_for(lambda: not self.writer and not self.waiting_writers)
            self.readers += 1

    async def release_read(self):
        async with self.cond:
            self.readers -= 1
            if self.readers == 0:
                self.cond.notify_all()

    async def acquire_write(self):
        async with self.cond:
            self.waiting_writers += 1
            try:
                await self.cond.wait_for(lambda: not self.writer and self.readers == 0)
            finally:
                self.waiting_writers -= 1
            self.writer = True

    async def release_write(self):
        async with self.cond:
            self.writer = False
            self.cond.notify_all()

    def state(self):
        return f"r={self.readers} w={int(self.writer)} ww={self.waiting_writers}"

log = []
data = {"v": 0}

async def reader(name, rw, hold):
    await rw.acquire_read()
    log.append(f"{name} reads {data['v']} ({rw.state()})")
    for _ in range(hold):
        await asyncio.sleep(0)
    await rw.release_read()
    log.append(f"{name} done reading")

async def writer(name, rw, value):
    await rw.acquire_write()
    log.append(f"{name} writes {value} ({rw.state()})")
    await asyncio.sleep(0)
    data["v"] = value
    await rw.release_write()
    log.append(f"{name} done writing")

async def main():
    rw = RWLock()
    ts = [asyncio.create_task(reader("r1", rw, 3)),
          asyncio.create_task(reader("r2", rw, 1)),
          asyncio.create_task(writer("w1", rw, 10)),
          asyncio.create_task(reader("r3", rw, 1)),
          asyncio.create_task(writer("w2", rw, 20)),
          asyncio.create_task(reader("r4", rw, 0))]
    step = 0
    while not all(t.done() for t in ts):
        await asyncio.sleep(0)
        if log:
            print(step, log)
        log.clear()
        step += 1
    print("final:", data, rw.state(), "steps:", step)

asyncio.run(main())
