# dict methods.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", "default"), d)
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "fallback"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
d.update({"b": 20, "x": 9})
print(d)
d.update([("y", 10)], z=11)
print(d)
d.update(b=200)
print(d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
c.clear()
print(c, len(c))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
print(list(d.keys()), list(d.values()), list(d.items()))
m = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(m)
m |= {"d": 5, "a": 0}
print(m)
try:
    m | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
print({1: 2} | {}, {} | {1: 2})
s = {"k1": "v1", "k2": "v2"}
for key, value in s.items():
    print(key, "->", value)
print(sorted(s.values()), "v1" in s.values(), ("k1", "v1") in s.items())
print(max({"a": 3, "b": 1}), min({"b": 1, "a": 3}))
inverted = {v: k for k, v in s.items()}
print(inverted)
print(dict(sorted({"b": 1, "a": 2}.items())))
print({k: v for k, v in sorted(d.items(), key=lambda kv: kv[1])})
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
