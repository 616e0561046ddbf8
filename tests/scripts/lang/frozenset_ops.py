# frozenset: immutable, hashable sets.
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(frozenset(), frozenset([1, 2, 3]), repr(frozenset([0])))
g = frozenset({2, 3, 4})
print(sorted(f | g), sorted(f & g), sorted(f - g), sorted(f ^ g))
print(type(f | g).__name__, type(f | {9}).__name__, type({9} | f).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, f <= {1, 2, 3, 4}, f < g)
print(sorted(f.union([10])), sorted(f.intersection([1, 5])), f.issubset(range(5)))
try:
    f.add(5)
except AttributeError as e:
    print(type(e).__name__, e)
d = {f: "frozen key", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()])
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s), sorted(sorted(x) for x in s))
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print(frozenset([1, 2]) in nested, frozenset([9]) in nested)
print(f.copy() == f, sorted(frozenset("abcab")))
h = f
h |= {100}
print(sorted(h), sorted(f), type(h).__name__)
print(bool(frozenset()), bool(frozenset([0])))
print(frozenset(range(3)) == frozenset([0, 1, 2]))
print(sorted(frozenset({"x": 1, "y": 2})))
