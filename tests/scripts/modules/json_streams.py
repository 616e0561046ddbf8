# json: dump/load through user-defined file-like objects, circular
# references, default= chains, and indent/sort_keys/separators combined.
import json


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Reader:
    def __init__(self, text):
        self.text = text
        self.reads = 0

    def read(self, *args):
        self.reads += 1
        return self.text


config = {"version": 3, "name": "demo", "servers": [{"host": "a", "port": 80}, {"host": "b", "port": None}],
          "flags": {"debug": False, "ratio": 0.25}, "empty": {}, "none": [], "unicode": "naïve ☃"}
w = Writer()
print(json.dump(config, w, indent=2, sort_keys=True))
text = "".join(w.parts)
print(text)
print(len(w.parts) > 1, all(isinstance(p, str) for p in w.parts))
r = Reader(text)
back = json.load(r)
print(back == config, r.reads, list(back))
w2 = Writer()
json.dump(config, w2, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
print("".join(w2.parts))
print(json.dumps(config["servers"], indent=4, separators=(",", ": ")))
print(json.dumps([[], {}, [[]], [{}], {"a": []}], indent=2))
print(json.dumps({"b": {"d": 1, "c": 2}, "a": [3, {"z": 0, "y": 1}]}, indent="--", sort_keys=True))
print(json.load(Reader('  [1, {"x": "y"}]  ')), json.load(Reader("{}"), object_hook=lambda d: ("hooked", d)))

lst = [1, 2]
lst.append(lst)
for obj in [lst, {"self": None}]:
    if isinstance(obj, dict):
        obj["self"] = obj
    try:
        json.dumps(obj)
    except ValueError as e:
        print(type(e).__name__, e)
shared = [1]
print(json.dumps({"a": shared, "b": shared, "c": [shared, shared]}))


class Celsius:
    def __init__(self, d):
        self.d = d


class Wrapper:
    def __init__(self, inner):
        self.inner = inner


def default(o):
    if isinstance(o, Celsius):
        return {"celsius": o.d}
    if isinstance(o, Wrapper):
        return o.inner
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")


print(json.dumps([Celsius(21.5), Wrapper(Wrapper(Celsius(0))), {3, 1, 2}, Wrapper([Celsius(-4)])], default=default))
try:
    json.dumps({"x": [1, object()]}, default=default)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({"x": complex(1, 2)})
except TypeError as e:
    print(type(e).__name__, e)
w3 = Writer()
try:
    json.dump([1, 2, {3}], w3)
except TypeError as e:
    print(type(e).__name__, e, w3.parts)
try:
    json.load(Reader("[1, 2"))
except json.JSONDecodeError as e:
    print(type(e).__name__, e, e.pos, e.lineno, e.colno)
print(json.loads(json.dumps(config, indent=1)) == config, json.loads(b'{"bytes": true}'))
