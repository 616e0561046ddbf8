# dict views are live; keys views support set operations.
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
i = d.items()
print(k, v, i)
print(len(k), len(v), len(i))
d["d"] = 4
print(list(k), list(v), list(i))
del d["a"]
print(list(k), len(v))
print("b" in k, "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(k == {"b", "c", "d"}, k == ["b", "c", "d"])
print(sorted(i & {("b", 2), ("c", 99)}))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(d))
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
e = {"x": 1}
for key in list(e):
    e[key + "2"] = 2
print(e)
print(type(k).__name__, type(v).__name__, type(i).__name__)
empty = {}
print(list(empty.keys()), list(empty.items()), empty.keys() == set())
it = iter({"p": 1, "q": 2}.items())
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(sum({"a": 5, "b": 6}.values()))
print(list(zip(d.keys(), d.values())) == list(d.items()))
