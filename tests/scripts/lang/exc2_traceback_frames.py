# Tracebacks through several frames (functions, methods, lambdas, generators,
# comprehensions); walk tb_next chains; finally end with an uncaught exception.
def walk(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def a(x): return b(x) + 1
def b(x): return c(x) * 2
def c(x): return 10 // x
try:
    a(0)
except ZeroDivisionError as e:
    print(walk(e.__traceback__))

class K:
    def method(self, v):
        return self.helper(v)
    def helper(self, v):
        return {"a": 1}[v]
    @property
    def prop(self):
        return self.method("zz")
try:
    K().prop
except KeyError as e:
    print(walk(e.__traceback__))

f = lambda v: [1 / i for i in v]
try:
    f([1, 0])
except ZeroDivisionError as e:
    print(walk(e.__traceback__))

def gen():
    yield 1
    raise ValueError("in gen")
def consume():
    return list(gen())
try:
    consume()
except ValueError as e:
    print(walk(e.__traceback__))

# Re-raise keeps the original traceback plus the re-raise point.
def reraiser():
    try:
        c(0)
    except ZeroDivisionError:
        raise
try:
    reraiser()
except ZeroDivisionError as e:
    print(walk(e.__traceback__))
# raise e in another function appends frames.
saved = None
try:
    c(0)
except ZeroDivisionError as e:
    saved = e
def raise_saved():
    raise saved
try:
    raise_saved()
except ZeroDivisionError as e:
    print(walk(e.__traceback__))
# Exception from builtin called with a user callback.
def key(v):
    return v.upper()
try:
    sorted([1, "a"], key=key)
except AttributeError as e:
    print(walk(e.__traceback__), e)
# tb_frame locals visible
def with_locals():
    secret = 42
    raise RuntimeError("x")
try:
    with_locals()
except RuntimeError as e:
    print(e.__traceback__.tb_next.tb_frame.f_locals)
# Exception in __init__ and __repr__
class Bad:
    def __init__(self):
        self.x = 1 / 0
try:
    Bad()
except ZeroDivisionError as e:
    print(walk(e.__traceback__))
# Finally: uncaught error through several frames; last stderr line is checked.
class Service:
    def run(self, items):
        return [self.process(i) for i in items]
    def process(self, item):
        return parse_item(item)
def parse_item(item):
    key, _, value = item.partition("=")
    return key, int(value)
def main():
    print(Service().run(["a=1", "b=2"]))
    print(Service().run(["c=3", "d=four"]))
main()
print("not reached")
