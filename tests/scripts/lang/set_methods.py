# set methods.
s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s))
s.remove(4)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
s.discard(99)
s.discard(3)
print(sorted(s))
p = {5}
print(p.pop(), p)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
a = {1, 2, 3}
print(sorted(a.union({4}, [5], (6,))), sorted(a.intersection({2, 3, 9}, [3, 2])))
print(sorted(a.difference({1}, [2])), sorted(a.symmetric_difference([3, 4])))
print(a.issubset({1, 2, 3, 4}), a.issubset([1, 2]), a.issuperset([1, 2]), a.issuperset({5}))
print(a.isdisjoint([4, 5]), a.isdisjoint((3,)))
b = a.copy()
b.add(100)
print(sorted(a), sorted(b))
b.update([7, 8], {9})
print(sorted(b))
b.intersection_update({1, 2, 7, 8, 9, 50})
print(sorted(b))
b.difference_update([7])
print(sorted(b))
b.symmetric_difference_update({1, 60})
print(sorted(b))
b.clear()
print(b, len(b))
print(sorted(set(range(5))), sorted(set("hello")), sorted(set([3, 3, 2])))
print(sorted(set({"k1": 1, "k2": 2})))
seen = set()
order = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x)
        order.append(x)
print(order)
print({1, 2} == set([2, 1]), set() == frozenset())
e = set()
for i in range(5):
    e.add(i)
print(e)
print({x for x in range(3)})
try:
    a.add([1])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({(1, "a"), (0, "b")}))
