# Reference cycles are freed by the cycle collector: gc.collect() runs the
# finalizers of unreachable objects (__del__, generators' finally blocks,
# asyncio's pending-task report) and frees them.
import asyncio
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


# Two instances that refer to each other.
a = Noisy("a")
b = Noisy("b")
a.other = b
b.other = a
del a, b
print("dropped a and b")
print("found some:", gc.collect() > 0)
print("after collect")

# An instance that refers to itself, resurrected by its __del__.
saved = []


class Phoenix:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("phoenix __del__")
        saved.append(self)


p = Phoenix()
del p
gc.collect()
print("saved:", len(saved), saved[0].me is saved[0])
saved.clear()
gc.collect()
print("__del__ ran once")


# A nested function that calls itself (function -> cell -> function).
def make_counter(token):
    def countdown(n):
        return token if n == 0 else countdown(n - 1)

    return countdown(3)


print(make_counter(Noisy("closure")).name)
gc.collect()
print("after closure collect")


# A suspended generator in a cycle runs its finally block when collected.
class Box:
    pass


def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print("generator finally, box has", type(box.g).__name__)


box = Box()
box.g = gen(box)
print(next(box.g))
del box
gc.collect()
print("after generator collect")


# A list in a cycle with an instance.
holder = Noisy("holder")
holder.items = [holder, Noisy("item")]
del holder
gc.collect()
print("after list cycle")

# Containers alone: a list that holds itself, a dict that holds itself.
lst = [Noisy("in a self-list")]
lst.append(lst)
del lst
gc.collect()
print("after self-list")
dct = {"n": Noisy("in a self-dict")}
dct["d"] = dct
del dct
gc.collect()
print("after self-dict")


# A cache made inside a function dies with it.
import functools


def cached():
    @functools.lru_cache(maxsize=8)
    def make(n):
        return Noisy(f"cached {n}")

    make(1)
    make(2)


cached()
gc.collect()
print("after lru_cache")

# gc module state.
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
print(gc.garbage)


# An abandoned asyncio task: nothing refers to it but the event it waits on,
# which only its own coroutine refers to.
async def waiter(event):
    try:
        await event.wait()
    finally:
        print("waiter finally")


async def main():
    task = asyncio.create_task(waiter(asyncio.Event()))
    task._log_destroy_pending = False
    await asyncio.sleep(0)
    del task
    gc.collect()
    print("after task collect")


asyncio.run(main())
print("end")
