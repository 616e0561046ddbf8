# collections.Counter: construction, arithmetic and multiset operators,
# most_common ordering, elements, update/subtract, comparisons and reprs.
from collections import Counter

c = Counter("mississippi")
print(c, len(c), c["s"], c["nope"], "nope" in c)
print(c.most_common(), c.most_common(1), c.most_common(0), c.most_common(-1), c.most_common(100)[:2])
print(list(c.elements()), "".join(Counter("banana").elements()))
print(Counter({"a": 3, "b": -1, "c": 0}).elements().__class__.__name__, list(Counter({"a": 2, "b": -1, "c": 0}).elements()))
print(Counter(a=1, b=2), Counter([1, 1, 2]), Counter({"x": 5}), Counter(), repr(Counter()))
print(Counter(a=2, b=5, c=5, d=1), Counter({"z": 1, "y": 3, "x": 3}))

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a + b, a - b, a | b, a & b)
print(+a, -a, -Counter(x=-3, y=3))
print(b - a, b | a, b & a)
x = Counter(a=1)
x += Counter(a=2, b=0)
print(x)
x -= Counter(a=5)
print(x, len(x))
y = Counter(a=2, b=3)
y |= Counter(b=5, c=1)
print(y)
y &= Counter(b=1, c=4, d=1)
print(y)

u = Counter("abc")
u.update("aab")
u.update({"c": 10, "z": -1})
u.update(d=2)
print(u)
u.subtract("aaaa")
u.subtract({"z": 1}, c=3)
print(u, u.total())
u.update()
u.subtract()
print(sorted(u.items()))
w = Counter(a=1, b=2)
w["c"] += 3
w["a"] -= 1
print(w, "a" in w)
del w["a"]
del w["not-there"]
print(w)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, Counter() == Counter(x=0))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) <= Counter(a=2), Counter(a=1) < Counter(a=1))
print(Counter(a=1, b=2) >= Counter(a=1), Counter(a=2) > Counter(a=1, b=0), Counter() < Counter(a=1))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    Counter(1)
except TypeError as e:
    print(type(e).__name__, e)
print(Counter("hello world".split(" ")), Counter(w for w in "a b a".split()))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3), sorted(Counter(words)), dict(Counter(words)))
print(Counter(a=1.5, b=0.5) + Counter(a=1), Counter(a="x") if False else "", Counter({None: 2, (1, 2): 1}))
k = Counter("aab").keys()
print(list(k), list(Counter("aab").values()), isinstance(Counter(), dict))
print(Counter(a=1).copy(), type(Counter(a=1).copy()).__name__)


class MyCounter(Counter):
    pass


print(MyCounter("aa"), repr(MyCounter()), type(MyCounter("a") + MyCounter("b")).__name__)
