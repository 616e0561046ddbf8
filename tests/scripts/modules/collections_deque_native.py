# collections.deque as CPython's C type: every method, argument errors with
# their exact messages, maxlen trimming, rotate both ways, index with
# start/stop, insert, operators, copies, pickling support and __sizeof__.
from collections import deque
import copy


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# The type itself.
print(deque, type(iter(deque())), type(reversed(deque())))
print(deque.__name__, deque.__qualname__, deque.__module__, deque.__doc__)
print(deque.append, deque.__copy__, deque.__reduce__, deque.maxlen.__doc__)
print(deque[int], deque[int, str], deque.__hash__)
print([k for k in sorted(deque.__dict__) if k != "__getattribute__"])
print([k for k in sorted(type(iter(deque())).__dict__) if k != "__getattribute__"])
print(isinstance(deque(), object), issubclass(deque, object), deque.__mro__)

# Construction.
print(deque(), deque([]), deque("abc"), deque(range(5), 3), deque(maxlen=0))
print(deque((1, 2)), deque({1: 2}), deque(deque([7, 8]), maxlen=5), deque(x * 2 for x in range(3)))
print(deque(iterable=[1, 2], maxlen=1), deque([1, 2, 3], True), deque([1], maxlen=None))
attempt("maxlen -1", lambda: deque(maxlen=-1))
attempt("maxlen str", lambda: deque(maxlen="3"))
attempt("maxlen float", lambda: deque(maxlen=1.5))
attempt("maxlen big", lambda: deque(maxlen=2**100))
attempt("3 args", lambda: deque([1], 2, 3))
attempt("bad kw", lambda: deque(x=1))
attempt("both", lambda: deque([1], iterable=[2]))
attempt("not iterable", lambda: deque(5))
attempt("new int", lambda: deque.__new__(int))
attempt("new deque extra", lambda: deque.__new__(deque, 1, 2, x=3))
attempt("init on int", lambda: deque.__init__(5))
re_init = deque([1, 2, 3], maxlen=5)
re_init.__init__("ab", 1)
print(re_init, re_init.maxlen)
re_init.__init__()
print(re_init, re_init.maxlen)

# append / appendleft / pop / popleft with and without maxlen.
d = deque()
for i in range(4):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), d.pop(), d.popleft(), d)
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print(b, end=" ")
print()
for i in range(3):
    b.appendleft(10 + i)
    print(b, end=" ")
print()
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend([3, 4])
z.extendleft(iter([5]))
print(z, len(z), bool(z))
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("append none", lambda: d.append())
attempt("append two", lambda: d.append(1, 2))
attempt("append kw", lambda: d.append(x=1))
attempt("pop arg", lambda: d.pop(0))
attempt("pop kw", lambda: d.pop(x=1))
attempt("descriptor", lambda: deque.append(5, 1))
attempt("descriptor dunder", lambda: deque.__len__(5))
attempt("unbound", lambda: deque.append())
attempt("unbound dunder", lambda: deque.__init__())
attempt("unbound reduce", lambda: deque.__reduce__())
attempt("new no type", lambda: deque.__new__(5))
attempt("new nothing", lambda: deque.__new__())
attempt("setitem one arg", lambda: d.__setitem__(0))
attempt("len arg", lambda: d.__len__(1))

# extend / extendleft, with themselves too.
e = deque([1, 2, 3])
e.extend(e)
print(e)
e.extendleft(e)
print(e)
m = deque([1, 2, 3], maxlen=4)
m.extend(m)
print(m)
m.extendleft(m)
print(m)
m += m
print(m)
e = deque()
e.extend(range(3))
e.extendleft("ab")
e.extend((9,))
e.extend({})
print(e)
attempt("extend int", lambda: e.extend(5))
attempt("extendleft none", lambda: e.extendleft(None))

# clear / copy / count / reverse.
c = deque([1, 2, 1, 3, 1], maxlen=9)
c2 = c.copy()
c3 = copy.copy(c)
c4 = copy.deepcopy(deque([[1], [2]], maxlen=4))
c.clear()
print(c, c2, c3, c4, c2.count(1), c2.count(4), c2.maxlen, c4.maxlen)
c2.reverse()
print(c2)
deque().reverse()
attempt("count none", lambda: c2.count())

# index with start/stop (negative, clamped, big, __index__).
x = deque("abcdeabc")


class Two:
    def __index__(self):
        return 2

    def __repr__(self):
        return "Two()"


for args in [("c",), ("c", 3), ("a", 1, 6), ("c", -2), ("c", -100), ("a", 0, -3),
             ("b", 5, 2), ("b", 2**100), ("b", -2**100, 2**100), ("c", Two()),
             ("z",), ("a", 1, 4)]:
    attempt(f"index{args[1:]!r}", lambda: x.index(*args))
attempt("index none", lambda: x.index("a", None))
attempt("index str", lambda: x.index("a", "1"))
attempt("index no args", lambda: x.index())
attempt("index 4 args", lambda: x.index(1, 2, 3, 4))
attempt("index kw", lambda: x.index(value=1))

# insert / remove / del / setitem / getitem.
ins = deque([1, 2, 3])
for i, v in [(-1, "x"), (1, "y"), (-10, "z"), (10, "w"), (0, "v"), (3, "u")]:
    ins.insert(i, v)
print(ins)
attempt("insert full", lambda: deque([1, 2], maxlen=2).insert(0, 9))
bounded = deque([1, 2], maxlen=3)
bounded.insert(1, 5)
print(bounded)
attempt("insert str", lambda: ins.insert("a", 1))
attempt("insert one arg", lambda: ins.insert(1))
attempt("insert big", lambda: ins.insert(2**100, 1))
ins.remove("x")
ins.remove(2)
print(ins)
attempt("remove missing", lambda: ins.remove("nope"))
print(ins[0], ins[-1], ins[2], ins[-3], ins[True], ins[Two()])
ins[1] = "one"
ins[-1] = "last"
del ins[0]
del ins[-2]
print(ins)
for key in [50, -50, 2**100, "a", 1.0, slice(1, 2), None]:
    attempt(f"get {key!r}", lambda: ins[key])


def setter(key):
    ins[key] = 0


def deleter(key):
    del ins[key]


for key in [50, -50, "a", slice(None)]:
    attempt(f"set {key!r}", lambda: setter(key))
    attempt(f"del {key!r}", lambda: deleter(key))
print(ins)

# rotate both ways, big counts, errors.
r = deque(range(7))
for n in [1, 3, -5, 14, -100, 0, 10**18, -(10**18), 3]:
    r.rotate(n)
    print(n, list(r))
r.rotate()
print(r)
one = deque([1])
one.rotate(5)
empty = deque()
empty.rotate(-3)
print(one, empty)
attempt("rotate str", lambda: r.rotate("a"))
attempt("rotate float", lambda: r.rotate(1.5))
attempt("rotate big", lambda: r.rotate(2**100))
attempt("rotate two", lambda: r.rotate(1, 2))
attempt("rotate kw", lambda: r.rotate(n=2))
r.rotate(Two())
print(r)

# Operators.
a = deque([1, 2, 3])
print(a + deque([4]), a + deque([9], maxlen=1), deque([1, 2], maxlen=3) + deque([4, 5, 6]))
print(a * 2, 2 * a, a * 0, a * -3, deque([7], maxlen=4) * 10, deque([1, 2], maxlen=3) * 3, a * Two())
print(a * True, deque() * 5, deque("ab", maxlen=5) * 4)
for label, f in [("d + list", lambda: a + [1]), ("list + d", lambda: [1] + a),
                 ("d + int", lambda: a + 1), ("d * str", lambda: a * "a"),
                 ("str * d", lambda: "a" * a), ("d * float", lambda: a * 1.5),
                 ("float * d", lambda: 1.5 * a), ("d * list", lambda: a * [1]),
                 ("list * d", lambda: [1] * a), ("d * d", lambda: a * a),
                 ("d - d", lambda: a - a), ("d * big", lambda: a * 2**100),
                 ("tuple + d", lambda: (1,) + a)]:
    attempt(label, f)
g = deque([1, 2])
g += [3]
g += "ab"
g += g
print(g)
g *= 2
print(g)
g *= 1
print(g)
g *= -1
print(g)
h = deque([5])
h *= 3
print(h)
hm = deque([1], maxlen=3)
hm += "abcd"
print(hm)
hm *= 5
print(hm)


def iadd_bad():
    global g
    g += 5


def imul_bad():
    global g
    g *= "x"


def imul_float():
    global g
    g *= 1.5


def isub():
    global g
    g -= 1


for f in [iadd_bad, imul_bad, imul_float, isub]:
    attempt(f.__name__, f)


class Radd:
    def __radd__(self, other):
        return "radd"

    def __rmul__(self, other):
        return "rmul"


print(a + Radd(), a * Radd())

# Comparisons.
print(a == deque([1, 2, 3]), a == [1, 2, 3], a != [1, 2, 3], a == a, a != a)
print(a < deque([1, 2, 4]), a <= deque([1, 2, 3]), a > deque([1, 2]), a >= deque([1, 2, 3, 0]))
print(deque() < deque([1]), deque([2]) > deque([1, 5]), deque([1, 2]) == deque([1, 2], maxlen=5))
print(a.__eq__([1]), a.__lt__(5), a.__ne__(a))
attempt("d < list", lambda: a < [1])
attempt("mixed", lambda: deque([1, "a"]) < deque([1, 2]))
attempt("hash", lambda: hash(a))
attempt("in set", lambda: {a})
nan = float("nan")
print(deque([nan]) == deque([nan]), 2 in a, 5 in a, nan in deque([nan]))

# maxlen attribute.
print(deque().maxlen, deque(maxlen=4).maxlen, deque([1], 0).maxlen)


def set_maxlen():
    deque().maxlen = 3


def del_maxlen():
    del deque().maxlen


for f in [set_maxlen, del_maxlen]:
    attempt(f.__name__, f)
attempt("attr", lambda: deque().x)


def set_attr():
    deque().x = 1


attempt("set attr", set_attr)
attempt("__dict__", lambda: deque().__dict__)

# Iterators.
it = iter(deque([1, 2, 3]))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
rit = reversed(deque([1, 2, 3]))
print(rit.__length_hint__(), next(rit), list(rit), list(reversed(deque())))
print(iter(it) is it, list(zip(deque("ab"), reversed(deque("ab")))))
it_type = type(iter(deque()))
print(list(it_type(deque([1, 2, 3]), 1)), list(type(rit)(deque([1, 2, 3]), 2)))
print(list(it_type(deque([1, 2]), 5)), list(it_type(deque([1, 2]), -1)))
attempt("iter new none", lambda: it_type())
attempt("iter new list", lambda: it_type([1]))
attempt("iter new 3", lambda: it_type(deque(), 1, 2))
attempt("iter new str", lambda: it_type(deque(), "a"))
red = iter(deque([4, 5, 6]))
next(red)
print(red.__reduce__()[1][1], type(red.__reduce__()[1][0]).__name__)

# __reduce__ and __sizeof__.
rd = deque([1, 2], maxlen=5).__reduce__()
print(rd[0], rd[1], rd[2], list(rd[3]))
rd = deque("xy").__reduce__()
print(rd[0], rd[1], rd[2], list(rd[3]))
s = deque()
sizes = [s.__sizeof__()]
for i in range(70):
    s.append(i)
    sizes.append(s.__sizeof__())
for i in range(40):
    s.appendleft(i)
sizes.append(s.__sizeof__())
s.rotate(17)
sizes.append(s.__sizeof__())
s.rotate(-50)
sizes.append(s.__sizeof__())
for i in range(100):
    s.popleft()
sizes.append(s.__sizeof__())
s.clear()
sizes.append(s.__sizeof__())
s.extendleft(range(100))
sizes.append(s.__sizeof__())
del s[10]
s.insert(5, "x")
s.insert(-5, "y")
s.remove(50)
sizes.append(s.__sizeof__())
print(sorted(set(sizes)), sizes[-6:])
print(deque([1, 2, 3]).__sizeof__(), deque().__sizeof__(), deque([]).__sizeof__(), deque(range(64)).__sizeof__())
