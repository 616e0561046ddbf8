# json.dumps: types, indent, separators, sort_keys, ensure_ascii, default,
# skipkeys, allow_nan, float reprs, and JSONEncoder subclasses.
import json

data = {"name": "rspy", "ok": True, "none": None, "n": 42, "pi": 3.14159,
        "list": [1, 2.5, "three", [], {}], "nested": {"a": [1, {"b": None}]}, "t": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, [3, []]], {}], indent=0))
print(json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, sort_keys=True, indent=1))
print(json.dumps([1, 2], indent=-1), json.dumps([1, 2], indent=""))
for f in [0.1, 1e16, 1e-7, 123456789.125, -0.0, 1.0, 2.5e-300, 1e308, 0.1 + 0.2, 100.0]:
    print(json.dumps(f), end=" ")
print()
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps(10**30), json.dumps(-7), json.dumps(True), json.dumps(False), json.dumps(None))
print(json.dumps("plain"), json.dumps('q"uote\\back/slash'), json.dumps("\b\f\n\r\t\x00\x1f\x7f"))
print(json.dumps("héllo wörld ☃ 😀"), json.dumps("héllo wörld ☃ 😀", ensure_ascii=False))
print(json.dumps({"ключ": "значение"}), json.dumps({"ключ": "значение"}, ensure_ascii=False))
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n"}))
print(json.dumps({(1, 2): "tuple", "ok": 1}, skipkeys=True))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps([Point(1, 2)], default=lambda o: o.__dict__))
print(json.dumps({"p": Point(0, 0), "s": {3}}, default=lambda o: sorted(o) if isinstance(o, set) else vars(o)))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({"tags": {"b", "a"}}, cls=SetEncoder), SetEncoder(indent=1).encode(frozenset([2, 1])))
enc = json.JSONEncoder(sort_keys=True, separators=(", ", " = "))
print(enc.encode({"b": [1], "a": "x"}), list(enc.iterencode({"b": [1, {"c": None}], "a": "x"})))
print(list(json.JSONEncoder(indent=2).iterencode([1, {"k": [True]}])))
print(json.JSONEncoder().encode("str only"), json.JSONEncoder(ensure_ascii=False).encode("é"))
print(repr(json.dumps([])), repr(json.dumps({})), repr(json.dumps([[]], indent=2)), repr(json.dumps({"a": {}}, indent=2)))


class Out:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)


out = Out()
json.dump({"k": [1, 2]}, out)
print(out.chunks, "".join(out.chunks))
out2 = Out()
json.dump([1, {"a": None}], out2, indent=2)
print("".join(out2.chunks))
