# collections: OrderedDict ordering operations and equality, defaultdict
# factories and __missing__, namedtuple construction options and methods.
from collections import OrderedDict, defaultdict, namedtuple

od = OrderedDict()
for k in "dbca":
    od[k] = ord(k)
print(od, list(od.keys()), list(reversed(od)))
od.move_to_end("d")
od.move_to_end("a", last=False)
print(od)
od.move_to_end("a")
print(list(od))
try:
    od.move_to_end("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(od.popitem(), od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
o1 = OrderedDict([("a", 1), ("b", 2)])
o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {"b": 2, "a": 1}, {"b": 2, "a": 1} == o1, o1 != o2)
o3 = o1.copy()
o3["a"] = 100
print(o1, o3, list(o3))
o3.update(c=3, a=0)
print(o3, o3.pop("b"), o3.setdefault("d", 4), o3)
print(OrderedDict.fromkeys("xyz", 0), OrderedDict(b=1, a=2), repr(OrderedDict()))
print(o1 | {"z": 26}, {"z": 26} | o1, type(o1 | {}).__name__)
print(list(o1.items()), list(reversed(o1.items())), list(reversed(o1.values())))
print(o1.pop("nope", "default"))
try:
    o1.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
rec = OrderedDict()
rec["self"] = rec
print(rec)

dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dd, dd.default_factory)
print(dd["z"], "z" in dd, dd.get("y"), "y" in dd, len(dd))
cnt = defaultdict(int)
for ch in "hello":
    cnt[ch] += 1
print(cnt, dict(cnt), repr(defaultdict()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(dict(nested["a"]), nested["q"].default_factory is int if False else "ok")
s = defaultdict(set)
s["k"].add(1)
s["k"].add(1)
print(s, s.copy(), type(s.copy()).__name__)
nd = defaultdict(None, {"a": 1})
try:
    nd["b"]
except KeyError as e:
    print(type(e).__name__, e)
print(nd.__missing__.__name__)
try:
    defaultdict(3)
except TypeError as e:
    print(type(e).__name__, e)
dd2 = defaultdict(str)
print(repr(dd2["x"]), dd2, dd2 | {"y": "why"})


class Missing(dict):
    def __missing__(self, key):
        return key * 2


m = Missing(a="A")
print(m["a"], m["bb"], m, m.get("zz"), "zz" in m)

Person = namedtuple("Person", ["name", "age", "city"], defaults=["Paris"])
p = Person("Ann", 30)
print(p, repr(p), Person._fields, Person._field_defaults, Person.__name__)
print(p._asdict(), p._replace(age=31, city="Rome"), Person._make(["Bob", 25, "Oslo"]))
print(p.count(30), p.index("Ann"), p + (1,), p[:2], sorted(p[:2], key=str))
try:
    p._replace(height=2)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    Person._make(["only"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.name = "X"
except AttributeError as e:
    print(type(e).__name__, e)
R = namedtuple("R", "def x class x", rename=True)
print(R._fields, R(1, 2, 3, 4))
S = namedtuple("S", "a, b  c")
print(S(1, 2, 3), S._fields, S(a=1, c=3, b=2))
for bad in [("B", "a a"), ("B", "1x"), ("B", "def"), ("class", "a"), ("B", "_under")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
try:
    namedtuple("D", "a b", defaults=[1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
M = namedtuple("M", "x y", module="mymod")
print(M.__module__, M(1, 2))


class Pt(namedtuple("Pt", "x y")):
    __slots__ = ()

    @property
    def norm(self):
        return abs(self.x) + abs(self.y)

    def __str__(self):
        return f"<{self.x},{self.y}>"


q = Pt(3, -4)
print(q, repr(q), q.norm, q._replace(x=0), type(q._replace(x=0)).__name__, q == (3, -4))
E = namedtuple("E", "")
print(E(), E._fields, len(E()))
