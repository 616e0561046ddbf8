# Soak test (issue 7): 1,000,000 tasks through Lock, Semaphore, Event and
# Condition, with cancellations and exceptions, and the reference cycles
# asyncio programs make: tasks that hold themselves, exceptions kept in
# locals, objects with back-references, and tasks abandoned while waiting
# (task -> coroutine -> frame -> event -> waiter future -> task), which only
# a cycle collector frees. After every 100,000 tasks the script prints
# "checkpoint N" and waits for a line on stdin, so the harness
# (tests/soak.rs) can read the process's resident set size at that point.
# The expected stdout (tests/soak/primitives.expected) is CPython 3.14's:
#   cpython3.14 tests/soak/primitives.py </dev/null | grep -v '^checkpoint'
#       > tests/soak/primitives.expected
import asyncio
import sys

TOTAL = 1_000_000
BATCH = 1_000
CHECKPOINT = 100_000


class Boom(Exception):
    pass


class Node:
    """A parent/child pair that refer to each other (a cycle)."""

    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


async def locked_work(lock, i, log):
    async with lock:
        await asyncio.sleep(0)
        if i % 7 == 0:
            raise Boom(i)
        log.append(i)


async def semaphore_work(sem, i):
    async with sem:
        await asyncio.sleep(0)
        try:
            if i % 5 == 0:
                raise Boom(i)
        except Boom as e:
            return e.args[0]
        return i


async def event_wait(event, i):
    await event.wait()
    return i


async def condition_wait(cond, state, i):
    async with cond:
        await cond.wait_for(lambda: state["go"])
        state["seen"] += 1


async def cancelled_waiter(lock):
    async with lock:
        await asyncio.sleep(3600)


async def self_holding(i):
    me = asyncio.current_task()
    root = Node()
    Node(root).task = me
    try:
        raise Boom(i)
    except Boom as e:
        kept = e
    await asyncio.sleep(0)
    return kept.args[0] + len(root.children)


async def abandoned(event):
    await event.wait()


def abandon(n):
    for _ in range(n):
        t = asyncio.create_task(abandoned(asyncio.Event()))
        t._log_destroy_pending = False


async def batch(base, totals):
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(3)
    event = asyncio.Event()
    cond = asyncio.Condition()
    state = {"go": False, "seen": 0}
    log = []
    tasks = []
    n = BATCH // 5
    for k in range(n):
        i = base + k
        tasks.append(asyncio.create_task(locked_work(lock, i, log)))
        tasks.append(asyncio.create_task(semaphore_work(sem, i)))
        tasks.append(asyncio.create_task(event_wait(event, i)))
        tasks.append(asyncio.create_task(condition_wait(cond, state, i)))
    victims = [asyncio.create_task(cancelled_waiter(lock)) for _ in range(n // 2)]
    victims += [asyncio.create_task(self_holding(base + k)) for k in range(n // 4)]
    abandon(n // 4)
    await asyncio.sleep(0)
    for t in victims[: n // 2]:
        t.cancel()
    event.set()
    await asyncio.sleep(0)
    async with cond:
        state["go"] = True
        cond.notify_all()
    results = await asyncio.gather(*tasks, *victims, return_exceptions=True)
    for r in results:
        if isinstance(r, Boom):
            totals["boom"] += 1
        elif isinstance(r, asyncio.CancelledError):
            totals["cancelled"] += 1
    totals["held"] += sum(r for r in results[len(tasks) + n // 2:])
    totals["logged"] += len(log)
    totals["seen"] += state["seen"]
    return len(tasks) + len(victims) + n // 4


async def main():
    totals = {"boom": 0, "cancelled": 0, "held": 0, "logged": 0, "seen": 0}
    done = 0
    while done < TOTAL:
        done += await batch(done, totals)
        if done % CHECKPOINT == 0:
            print("checkpoint", done, flush=True)
            sys.stdin.readline()
    print("tasks", done)
    print(sorted(totals.items()))


asyncio.run(main())
