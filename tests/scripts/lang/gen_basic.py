# Generator functions: yield, StopIteration, laziness.
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  end")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
result = []
for x in fib():
    if x > 100:
        break
    result.append(x)
print(result)
def squares(items):
    for item in items:
        yield item * item
print(list(squares([1, 2, 3])), sum(squares(range(10))))
def with_return():
    yield 1
    return "done"
gen = with_return()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("return value:", e.value, e.args)
def empty():
    return
    yield
print(list(empty()))
def gen_with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("  generator finally")
print(list(gen_with_finally()))
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, fib()))
g2 = squares([4, 5])
print(iter(g2) is g2, next(g2), next(g2), next(g2, "exhausted"))
def multi_yield():
    yield 1
    yield 2
    yield 3
a, b, c = multi_yield()
print(a, b, c, [*multi_yield()], tuple(multi_yield()))
def evens():
    n = 0
    while True:
        yield n
        n += 2
it = evens()
print([next(it) for _ in range(5)])
def nested_gen():
    for i in range(3):
        for j in range(i):
            yield (i, j)
print(list(nested_gen()))
def gen_state():
    x = yield "first"
    print("  received", x)
    yield "second"
gs = gen_state()
print(next(gs), next(gs))
def lazy_error():
    yield 1
    raise ValueError("inside generator")
le = lazy_error()
print(next(le))
try:
    next(le)
except ValueError as e:
    print(type(e).__name__, e)
print(next(le, "closed after error"))
def gen_raises_stop():
    yield 1
    raise StopIteration("bad")
try:
    list(gen_raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
print(max(x % 7 for x in range(20)), "".join(c.upper() for c in "gen"))
