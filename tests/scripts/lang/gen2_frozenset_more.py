# frozenset beyond the basics: set/frozenset interop, mixed-type results, lookups of
# sets in frozenset containers, subclassing, multi-arg methods, comparisons, errors.
f = frozenset([1, 2, 3])
s = {2, 3, 4}
print(f | s, s | f, f & s, s & f, f - s, s - f, f ^ s)
print(type(f | s).__name__, type(s | f).__name__, type(f & s).__name__, type(s - f).__name__)
print(f.union([9], (8,), range(2)), f.intersection({1, 2}, [2, 3]), f.difference([1], {2}))
print(f.symmetric_difference([3, 4]), f.isdisjoint([7, 8]), f.isdisjoint(s), f.issuperset([1, 2]), f.issubset(f))
print(f < f, f <= f, f > frozenset([1]), f >= {1, 2, 3}, f == {1, 2, 3}, f != {1, 2}, set() == frozenset())
# A set is looked up in a set/dict of frozensets by converting to frozenset.
fs_set = {frozenset({1, 2}), frozenset()}
print({1, 2} in fs_set, {1} in fs_set, set() in fs_set)
d = {frozenset("ab"): "AB"}
print(d.get(frozenset("ba")), "dicts don't convert set keys:")
try:
    {"a", "b"} in d
except TypeError as e:
    print(type(e).__name__, e)
fs_set.discard({1, 2})
print(fs_set)
fs_set.remove(set())
print(fs_set)
try:
    {1: 2}[{1}]
except TypeError as e:
    print(type(e).__name__, e)
# Mutable set methods with frozenset args.
m = {1}
m |= f
m -= frozenset([1])
m ^= frozenset([3, 10])
print(sorted(m), m.issubset(frozenset(range(20))))
# frozenset of various iterables
print(frozenset("aab") == frozenset("ba"), frozenset({1: "x", 2: "y"}), frozenset(x % 3 for x in range(10)))
print(frozenset([1, 1.0, True]), frozenset([0, False, 0.0]), len(frozenset([(1, 2), (1, 2)])))
# Subclass.
class Tags(frozenset):
    def __repr__(self): return "Tags(" + ",".join(sorted(map(str, self))) + ")"
    def has(self, x): return x in self
t = Tags([3, 1, 2])
print(t, t.has(2), isinstance(t, frozenset), type(t | {9}).__name__, type(t.copy()).__name__, t == f)
print(hash(t) == hash(f), {t: 1}[f])
class Tags2(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
print(sorted(Tags2(5, 6, 5)), len(Tags2()))
# Immutability.
for name in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(name, hasattr(f, name))
try:
    f |= {7}
    print("rebinds:", f)
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f < [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    f | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
# Ordering via subset doesn't give total order.
a, b = frozenset([1]), frozenset([2])
print(a < b, a > b, a == b, sorted([frozenset([1, 2]), frozenset([1])], key=len))
print(min(frozenset([5, 3, 9])), max(f), sum(f), sorted(f, reverse=True), list(reversed(sorted(f))))
print(repr(frozenset()), str(frozenset([42])), f"{frozenset([7])}", bool(frozenset()))
