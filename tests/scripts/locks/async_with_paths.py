# `async with` on each primitive, through every way of leaving the block,
# and with acquire/release overridden by subclasses or instance
# attributes (which `async with` must call, as CPython's
# _ContextManagerMixin does).
import asyncio


class CountingLock(asyncio.Lock):
    def __init__(self):
        super().__init__()
        self.calls = []

    async def acquire(self):
        self.calls.append("acquire")
        return await super().acquire()

    def release(self):
        self.calls.append("release")
        super().release()


class LoggingSemaphore(asyncio.Semaphore):
    async def acquire(self):
        print("sem acquire", self._value)
        return await super().acquire()


class ToyLock:
    def __init__(self):
        self.held = False

    async def acquire(self):
        self.held = True
        return True

    def release(self):
        self.held = False

    def locked(self):
        return self.held


async def leave_by_return(lock):
    async with lock:
        return lock.locked()


async def main():
    lock = asyncio.Lock()
    async with lock as got:
        print("inside", got, lock.locked())
    print("after", lock.locked())

    try:
        async with lock:
            raise ValueError("boom")
    except ValueError as e:
        print("raised", e, lock.locked())

    print("returned while held:", await leave_by_return(lock), lock.locked())

    for i in range(3):
        async with lock:
            if i == 1:
                break
    print("after break", lock.locked())

    try:
        async with lock:
            lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    counting = CountingLock()
    async with counting:
        pass
    print("subclass calls", counting.calls)

    patched = asyncio.Lock()
    calls = []
    original = patched.acquire

    async def traced_acquire():
        calls.append("traced")
        return await original()

    patched.acquire = traced_acquire
    async with patched:
        print("patched held", patched.locked())
    print("instance attribute calls", calls, patched.locked())

    sem = asyncio.Semaphore(2)
    async with sem:
        async with sem:
            print("sem value inside", sem._value, sem.locked())
    print("sem value after", sem._value)

    bounded = asyncio.BoundedSemaphore(1)
    async with bounded:
        pass
    try:
        async with bounded:
            bounded.release()
    except ValueError as e:
        print("ValueError:", e)

    logging = LoggingSemaphore(1)
    async with logging:
        pass

    cond = asyncio.Condition()
    async with cond:
        print("cond locked", cond.locked())
    print("cond after", cond.locked())
    cond_calls = []
    plain_release = cond.release

    def traced_release():
        cond_calls.append("release")
        plain_release()

    cond.release = traced_release
    async with cond:
        pass
    print("condition instance release calls", cond_calls, cond.locked())

    toy = ToyLock()
    cond2 = asyncio.Condition(toy)
    async with cond2:
        print("toy held", toy.held)
    print("toy after", toy.held)

    class Weird:
        __aexit__ = asyncio.Lock()  # not a method: calling it fails

        async def __aenter__(self):
            return "entered"

    try:
        async with Weird() as w:
            print("weird", w)
    except TypeError as e:
        print("TypeError:", e)

    late = asyncio.Lock()
    async with late:
        late.release = lambda: print("instance release at exit") or asyncio.Lock.release(late)
    print("late after", late.locked())

    # Contended: the second task waits, then runs after the first leaves.
    shared = asyncio.Lock()
    order = []

    async def worker(name):
        async with shared:
            order.append(name + " in")
            await asyncio.sleep(0)
            order.append(name + " out")

    await asyncio.gather(worker("a"), worker("b"), worker("c"))
    print(order)


asyncio.run(main())
