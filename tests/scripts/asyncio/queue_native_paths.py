# asyncio.Queue's await points, cancellation paths, subclasses, reprs and errors (native queues).
import asyncio


def noaddr(text):
    # "<Queue at 0x7f... maxsize=0>" -> "<Queue at ADDR maxsize=0>"
    start = text.find("0x")
    if start < 0:
        return text
    end = start + 2
    while end < len(text) and text[end] in "0123456789abcdef":
        end += 1
    return text[:start] + "ADDR" + text[end:]


def s(q):
    return noaddr(repr(q))


async def cancel_waiting_getter():
    print("-- cancel a waiting get()")
    q = asyncio.Queue()
    log = []

    async def getter(name):
        try:
            v = await q.get()
            log.append(f"{name} got {v}")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
            raise

    g1 = asyncio.create_task(getter("g1"))
    g2 = asyncio.create_task(getter("g2"))
    await asyncio.sleep(0)
    print(str(q), len(q._getters))
    g1.cancel()
    await asyncio.sleep(0)
    print(log, str(q), g1.cancelled())
    q.put_nowait("a")
    await asyncio.sleep(0)
    print(log, str(q))
    await g2


async def cancel_woken_getter():
    print("-- a woken getter cancelled before it runs passes the wake-up on")
    q = asyncio.Queue()
    log = []

    async def getter(name):
        try:
            v = await q.get()
            log.append(f"{name} got {v}")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")

    gs = [asyncio.create_task(getter(f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    q.put_nowait(1)
    print("after put:", str(q), [f.done() for f in q._getters])
    gs[0].cancel()
    await asyncio.sleep(0)
    print(log, str(q))
    await asyncio.sleep(0)
    print(log, str(q))
    q.put_nowait(2)
    await asyncio.gather(*gs)
    print(log, str(q))


async def cancel_waiting_putter():
    print("-- cancel a waiting put()")
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("x")
    log = []

    async def putter(v):
        try:
            await q.put(v)
            log.append(f"put {v}")
        except asyncio.CancelledError:
            log.append(f"put {v} cancelled")

    ps = [asyncio.create_task(putter(f"p{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    ps[1].cancel()
    await asyncio.sleep(0)
    print(log, str(q))
    print("got", q.get_nowait(), str(q))
    # p0 woken, cancelled before it runs: wake-up goes to p2
    ps[0].cancel()
    await asyncio.sleep(0)
    print(log, str(q))
    await asyncio.sleep(0)
    print(log, str(q))
    await asyncio.gather(*ps)


async def fifo_order():
    print("-- FIFO order of waiting getters and putters")
    q = asyncio.Queue(maxsize=2)
    log = []

    async def putter(v):
        await q.put(v)
        log.append(f"put {v}")

    async def getter(n):
        v = await q.get()
        log.append(f"{n}<-{v}")

    ps = [asyncio.create_task(putter(i)) for i in range(6)]
    await asyncio.sleep(0)
    print(log, str(q))
    gs = [asyncio.create_task(getter(f"g{i}")) for i in range(6)]
    await asyncio.gather(*ps, *gs)
    print(log)
    print(str(q))
    gs = [asyncio.create_task(getter(f"h{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for v in "abc":
        await q.put(v)
    await asyncio.gather(*gs)
    print(log[-3:])


async def unbounded():
    print("-- maxsize <= 0 is unbounded")
    for m in (0, -1):
        q = asyncio.Queue(maxsize=m)
        for i in range(100):
            await q.put(i)
        print(m, q.maxsize, q.qsize(), q.full(), q.empty())
    q = asyncio.Queue(3)
    print(q.full(), q.empty(), q.qsize())
    for i in range(3):
        q.put_nowait(i)
    print(q.full(), q.empty(), q.qsize(), str(q))
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    while not q.empty():
        q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q = asyncio.Queue(maxsize=2.5)
    for i in range(3):
        q.put_nowait(i)
    print("float maxsize:", q.full(), str(q))


async def join_paths():
    print("-- task_done / join")
    q = asyncio.Queue()
    log = []

    async def joiner(n):
        await q.join()
        log.append(f"{n} joined")

    await q.join()
    print("fresh join ok", q._finished.is_set())
    for i in range(3):
        q.put_nowait(i)
    print(str(q), q._unfinished_tasks, q._finished.is_set())
    js = [asyncio.create_task(joiner(f"j{i}")) for i in range(2)]
    await asyncio.sleep(0)
    for _ in range(3):
        q.get_nowait()
        q.task_done()
        await asyncio.sleep(0)
        print(log, str(q))
    await asyncio.gather(*js)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    q.put_nowait("x")
    j = asyncio.create_task(joiner("c"))
    await asyncio.sleep(0)
    j.cancel()
    try:
        await j
    except asyncio.CancelledError:
        print("join cancelled", str(q), len(q._finished._waiters))
    q.get_nowait()
    q.task_done()
    await q.join()
    print("joined")


async def shutdown_paths():
    print("-- shutdown(immediate=False) with waiters")
    q = asyncio.Queue(maxsize=1)
    log = []

    async def getter(n):
        try:
            log.append(f"{n}<-{await q.get()}")
        except asyncio.QueueShutDown:
            log.append(f"{n} shut")

    async def putter(v):
        try:
            await q.put(v)
            log.append(f"put {v}")
        except asyncio.QueueShutDown:
            log.append(f"put {v} shut")

    gs = [asyncio.create_task(getter(f"g{i}")) for i in range(2)]
    await asyncio.sleep(0)
    q.shutdown()
    await asyncio.gather(*gs)
    print(log, str(q))
    log.clear()

    q = asyncio.Queue(maxsize=1)
    q.put_nowait("a")
    ps = [asyncio.create_task(putter(f"p{i}")) for i in range(2)]
    await asyncio.sleep(0)
    q.shutdown()
    await asyncio.gather(*ps)
    print(log, str(q), q.get_nowait())
    gt = asyncio.create_task(getter("late"))
    await gt
    print(log, str(q))
    log.clear()

    print("-- shutdown(immediate=True)")
    q = asyncio.Queue(maxsize=2)
    q.put_nowait(1)
    q.put_nowait(2)
    ps = [asyncio.create_task(putter(3))]
    js = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    print(str(q))
    q.shutdown(immediate=True)
    print(str(q), q._unfinished_tasks, q._finished.is_set())
    await asyncio.gather(*ps)
    await js
    print(log, "join done", js.done())
    try:
        q.get_nowait()
    except asyncio.QueueShutDown:
        print("get_nowait: QueueShutDown")
    try:
        await q.put(1)
    except asyncio.QueueShutDown:
        print("put: QueueShutDown")
    q = asyncio.Queue()
    q.put_nowait(1)
    q.get_nowait()
    q.put_nowait(2)
    q.shutdown(True)
    print("after immediate with one processed:", str(q))
    q.task_done()
    print(str(q))


class Recording(asyncio.Queue):
    def _init(self, maxsize):
        print("  _init", maxsize)
        self._queue = []

    def _put(self, item):
        print("  _put", item)
        self._queue.insert(0, item)

    def _get(self):
        item = self._queue.pop()
        print("  _get ->", item)
        return item


class Sized(asyncio.Queue):
    def qsize(self):
        return len(self._queue) * 2


async def subclasses():
    print("-- subclass overriding _init/_put/_get")
    q = Recording(2)
    print(str(q), isinstance(q._queue, list))
    await q.put("a")
    q.put_nowait("b")
    print(str(q), q.full(), q.qsize())
    t = asyncio.create_task(q.put("c"))
    await asyncio.sleep(0)
    print(str(q))
    print(await q.get())
    await t
    print(q.get_nowait(), q.get_nowait(), str(q))
    print(type(q).__name__, Recording.__mro__[1].__name__)
    sq = Sized(4)
    sq.put_nowait(1)
    sq.put_nowait(2)
    print("overridden qsize:", sq.qsize(), sq.full())
    try:
        sq.put_nowait(3)
    except asyncio.QueueFull:
        print("Sized full at 2 items")
    print("-- LifoQueue / PriorityQueue")
    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print(str(lq), type(lq._queue).__name__, [await lq.get() for _ in range(4)])
    pq = asyncio.PriorityQueue()
    for v in [5, 3, 8, 1, 9, 2, 7]:
        pq.put_nowait(v)
    print(str(pq), [pq.get_nowait() for _ in range(7)])
    pq = asyncio.PriorityQueue(2)
    getter = asyncio.create_task(pq.get())
    await asyncio.sleep(0)
    pq.put_nowait((2, "b"))
    print(await getter)
    print(type(asyncio.Queue()._queue).__name__)


async def reprs_and_errors():
    print("-- repr/str and errors")
    q = asyncio.Queue(5)
    print(s(q), str(q))
    q.put_nowait([1])
    q.put_nowait("two")
    print(s(q), str(q))
    t = asyncio.create_task(asyncio.Queue().get())
    await asyncio.sleep(0)
    t.cancel()
    print(s(asyncio.LifoQueue()), str(asyncio.PriorityQueue(maxsize=-3)))
    print(asyncio.Queue[int], asyncio.LifoQueue[str], asyncio.PriorityQueue[tuple])
    print(asyncio.Queue.__module__, asyncio.Queue.__qualname__, asyncio.QueueEmpty.__module__)
    print(asyncio.QueueShutDown.__mro__[1].__name__, asyncio.QueueFull.__doc__)
    print(asyncio.queues.Queue is asyncio.Queue, asyncio.queues.__all__)
    coros = [q.put(1), q.get(), q.join()]
    print(type(coros[0]).__name__, [c.__qualname__ for c in coros], [c.__name__ for c in coros])
    for c in coros:
        c.close()
    for f in [lambda: q.put(), lambda: q.put(1, 2), lambda: q.get(1), lambda: q.put_nowait(),
              lambda: q.get_nowait(1), lambda: q.task_done(3), lambda: q.shutdown(1, 2),
              lambda: asyncio.Queue(1, 2), lambda: asyncio.Queue(size=3), lambda: q.put(zzz=3),
              lambda: q.qsize(1), lambda: q.full(0), lambda: q.empty(0), lambda: q.join(0)]:
        try:
            f()
        except TypeError as e:
            print("TypeError:", e)
    bad = asyncio.Queue(maxsize=None)
    try:
        bad.put_nowait(1)
    except TypeError as e:
        print("TypeError:", e)
    print(str(bad))
    try:
        q.maxsize = 3
    except AttributeError:
        print("maxsize is read-only")
    pq = asyncio.PriorityQueue()
    pq.put_nowait(1)
    try:
        pq.put_nowait("x")
    except TypeError as e:
        print("TypeError:", e, str(pq))


async def manual_steps():
    print("-- driving put()/get() by hand: close and throw at the await point")
    q = asyncio.Queue()
    c = q.get()
    fut = c.send(None)
    print(type(fut).__name__, fut.done(), len(q._getters))
    c.close()
    print("closed:", fut.cancelled(), len(q._getters))
    c1, c2 = q.get(), q.get()
    f1, f2 = c1.send(None), c2.send(None)
    q.put_nowait("v")
    print("woken:", f1.done(), f2.done(), len(q._getters))
    try:
        c1.throw(ValueError("boom"))
    except ValueError as e:
        print("ValueError", e, "-> next woken:", f2.done(), f1.cancelled(), len(q._getters))
    try:
        c2.send(None)
    except StopIteration as e:
        print("c2 returned", e.value)
    # a waiter future cancelled directly (not through its task)
    c3 = q.get()
    f3 = c3.send(None)
    f3.cancel()
    try:
        c3.send(None)
    except asyncio.CancelledError:
        print("CancelledError from a cancelled getter future", len(q._getters))
    pq = asyncio.Queue(1)
    pq.put_nowait(0)
    p1, p2 = pq.put(1), pq.put(2)
    g1, g2 = p1.send(None), p2.send(None)
    print(str(pq))
    pq.get_nowait()
    print("putter woken:", g1.done(), g2.done(), str(pq))
    p1.close()
    print("closed woken putter passes on:", g2.done(), str(pq))
    try:
        p2.send(None)
    except StopIteration:
        print("p2 put", str(pq))
    # instance attributes make the queue take the general path
    q = asyncio.Queue(2)
    q.note = "x"
    await q.put(1)
    print(await q.get(), str(q), q.note)


async def main():
    await manual_steps()
    await cancel_waiting_getter()
    await cancel_woken_getter()
    await cancel_waiting_putter()
    await fifo_order()
    await unbounded()
    await join_paths()
    await shutdown_paths()
    await subclasses()
    await reprs_and_errors()


asyncio.run(main())

print("-- bound to a different event loop")
q = asyncio.Queue()


async def wait_get():
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("timed out")


asyncio.run(wait_get())
try:
    asyncio.run(wait_get())
except RuntimeError as e:
    print("RuntimeError:", noaddr(str(e)))
