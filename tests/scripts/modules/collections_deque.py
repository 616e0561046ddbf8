# collections.deque: maxlen trimming from either end, rotate, extendleft,
# index/insert/remove/count, reprs, comparisons, copies and errors.
from collections import deque
import copy

d = deque()
print(d, repr(deque(maxlen=3)), deque("abc"), deque(range(5), 3), deque([], maxlen=0))
d = deque([1, 2, 3], maxlen=3)
d.append(4)
print(d, d.maxlen)
d.appendleft(0)
print(d)
d.extend([7, 8])
print(d)
d.extendleft([10, 11])
print(d)
z = deque(maxlen=0)
z.append(1)
z.extendleft([2, 3])
print(z, len(z))

r = deque(range(7))
r.rotate()
print(r)
r.rotate(3)
print(r)
r.rotate(-5)
print(r)
r.rotate(14)
print(r)
r.rotate(-100)
print(r)
e = deque()
e.rotate(5)
print(e)

x = deque("abcdeabc")
print(x.index("c"), x.index("c", 3), x.index("a", 1, 6), x.count("a"), x.count("z"))
for args in [("z",), ("a", 1, 4), ("c", -2)]:
    try:
        print(args, x.index(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)
x.insert(2, "X")
x.insert(-1, "Y")
x.insert(100, "Z")
x.insert(-100, "W")
print(x)
x.remove("a")
print(x)
try:
    x.remove("nope")
except ValueError as e:
    print(type(e).__name__, e)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 9)
except IndexError as e:
    print(type(e).__name__, e)
print(x[0], x[-1], x[3])
x[1] = "b!"
del x[0]
print(x)
try:
    x[50]
except IndexError as e:
    print(type(e).__name__, e)
try:
    x["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    x[1:3]
except TypeError as e:
    print(type(e).__name__, e)

a = deque([1, 2, 3])
print(a == deque([1, 2, 3]), a == [1, 2, 3], a < deque([1, 2, 4]), a >= deque([1, 2]), a != deque([3, 2, 1]))
print(deque([1]) + deque([2]), deque("ab") * 2, 2 * deque("c"), a + deque([9], maxlen=1))
b = a.copy()
b.append(4)
print(a, b, copy.copy(a), copy.deepcopy(deque([[1]], maxlen=5)))
a += [4, 5]
print(a)
a *= 2
print(a, len(a), bool(deque()), list(reversed(a)))
a.clear()
print(a, a.maxlen)
m = deque([1, 2, 3], 2)
m *= 3
print(m)
m2 = deque([1], maxlen=3)
m2 += "abcd"
print(m2)
try:
    deque(maxlen=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    deque().maxlen = 3
except AttributeError as e:
    print(type(e).__name__, e)
for meth in ["pop", "popleft"]:
    try:
        getattr(deque(), meth)()
    except IndexError as e:
        print(meth, type(e).__name__, e)
it_d = deque([1, 2, 3])
try:
    for v in it_d:
        it_d.append(v)
except RuntimeError as e:
    print(type(e).__name__, e)
rec = deque([1])
rec.append(rec)
print(rec)
print(hash.__name__, isinstance(deque(), object))
try:
    hash(deque())
except TypeError as e:
    print(type(e).__name__, e)


class MyDeque(deque):
    pass


print(MyDeque([1, 2], 5), repr(MyDeque()))
