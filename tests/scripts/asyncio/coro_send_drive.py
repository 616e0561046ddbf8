# Driving a coroutine by hand with send(): custom awaitables that yield.
class Yielder:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield ("yielded", self.tag)
        print("awaitable resumed with", got)
        return got * 2

async def inner(n):
    a = await Yielder(n)
    b = await Yielder(n + 1)
    return a + b

async def outer():
    print("inside: cr_running", c.cr_running, "cr_await", c.cr_await)
    r = await inner(10)
    print("inner returned", r)
    return r + 1

c = outer()
print(type(c).__name__)
print(c.cr_code.co_name, c.cr_running, c.cr_await)
print(c.cr_frame is not None)
print(c.send(None))
print("cr_await type:", type(c.cr_await).__name__)
print(c.send(3))
try:
    c.send(4)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print("after finish:", c.cr_frame, c.cr_await, c.cr_running)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError again:", e)
# sending non-None to a just-started coroutine
c2 = outer()
try:
    c2.send(5)
except TypeError as e:
    print("TypeError:", e)
c2.close()
print("closed c2 frame:", c2.cr_frame)
# a coroutine that returns immediately
async def quick():
    return "fast"
q = quick()
try:
    q.send(None)
except StopIteration as e:
    print("quick ->", repr(e.value))
async def none_ret():
    pass
n = none_ret()
try:
    n.send(None)
except StopIteration as e:
    print("none_ret ->", e.value, e.args)
