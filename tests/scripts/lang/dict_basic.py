# dict basics: creation, access, insertion order, KeyError.
d = {"b": 1, "a": 2, "c": 3}
print(d, len(d), d["a"])
d["z"] = 26
d["b"] = 100
print(d)
print(list(d), list(d.keys()), list(d.values()))
del d["a"]
print(d)
d["a"] = 0
print(d)
print("a" in d, "q" in d, "q" not in d, 100 in d)
try:
    print(d["missing"])
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    del d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    print({}[(1, 2)])
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1))
print(dict(zip("abc", range(3))))
print({1: "int", 1.0: "float", True: "bool"})
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: "a"} != {1: "b"})
mixed = {0: "zero", "s": "str", (1, 2): "tuple", None: "none", 2.5: "float"}
print(mixed[(1, 2)], mixed[None], mixed[2.5], mixed[0.0], mixed[False])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
e = {}
e[3] = "c"
e[1] = "a"
e[2] = "b"
print(e, sorted(e), list(e.items()))
for k in d:
    print(k, d[k])
d2 = {"x": 1}
d2["x"] += 5
print(d2)
print(repr({"q": "quoted", "n": None}), str({1: [1, 2]}))
print(bool({}), bool({0: 0}), len({}))
r = {}
r["self"] = r
print(r)
print({**{"a": 1}, "b": 2, **{"a": 3}})
try:
    {}.nope
except AttributeError as e:
    print(type(e).__name__, e)
