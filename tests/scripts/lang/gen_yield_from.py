# yield from, including return values.
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    result = yield from inner()
    print("  inner returned:", result)
    yield 3
    return "outer result"
print(list(outer()))
g = outer()
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("outer returned:", e.value)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def tree(depth):
    if depth == 0:
        return 1
    left = yield from tree(depth - 1)
    yield depth
    right = yield from tree(depth - 1)
    return left + right
t = tree(3)
out = []
while True:
    try:
        out.append(next(t))
    except StopIteration as e:
        print("leaves:", e.value)
        break
print(out)
def delegate_none():
    r = yield from []
    yield r
print(list(delegate_none()))
def echo():
    while True:
        received = yield
        if received is None:
            return "echo done"
        print("  echo got", received)
def wrapper():
    r = yield from echo()
    print("  wrapper saw", r)
    yield "after"
w = wrapper()
next(w)
w.send("hello")
w.send("world")
print(w.send(None))
def gen_returns_value():
    yield "x"
    return [1, 2]
def collect():
    value = yield from gen_returns_value()
    yield value
print(list(collect()))
def count(n):
    yield from range(n)
print(list(count(4)), sum(count(101)))
def yf_string():
    yield from "hey"
print(list(yf_string()))
def yf_dict():
    yield from {"k1": 1, "k2": 2}
print(list(yf_dict()))
