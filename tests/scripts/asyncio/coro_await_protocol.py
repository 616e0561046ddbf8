# The __await__ protocol: coroutine wrappers, delegation, yielded values.
class Box:
    def __init__(self, items):
        self.items = items
    def __await__(self):
        total = 0
        for it in self.items:
            total += yield it
        return total

async def summing():
    a = await Box([1, 2])
    b = await Box([3])
    return a, b

c = summing()
w = c.__await__()
print(type(w).__name__)
print("send None ->", w.send(None))
print("send 10 ->", w.send(10))
print("send 20 ->", w.send(20))
try:
    w.send(30)
except StopIteration as e:
    print("result:", e.value)
try:
    next(w)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = summing()
w2 = c2.__await__()
print("iter(w2) is w2:", iter(w2) is w2)
print("next ->", next(w2))
try:
    w2.throw(ValueError("into wrapper"))
except ValueError as e:
    print("thrown through:", e)
c3 = summing()
c3.__await__().close()
print("closed via wrapper:", c3.cr_frame)
def driver(coro):
    sent = 0
    steps = []
    try:
        while True:
            steps.append(coro.send(sent if steps else None))
            sent += 100
    except StopIteration as e:
        return steps, e.value
print(driver(summing()))
async def uses_coroutine_as_awaitable():
    return await summing()
print(driver(uses_coroutine_as_awaitable()))
class AwaitsCoro:
    def __await__(self):
        return summing().__await__()
async def via_class():
    return await AwaitsCoro()
print(driver(via_class()))
async def empty():
    return "empty"
class Returns:
    def __await__(self):
        return empty().__await__()
async def r():
    return await Returns()
print(driver(r()))
