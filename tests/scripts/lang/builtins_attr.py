# getattr / setattr / hasattr / delattr.
class Box:
    color = "red"
    def __init__(self):
        self.size = 3
    def describe(self):
        return "box of size %d" % self.size
b = Box()
print(getattr(b, "size"), getattr(b, "color"), getattr(b, "missing", "default"), getattr(b, "missing", None))
print(hasattr(b, "size"), hasattr(b, "color"), hasattr(b, "missing"), hasattr(Box, "size"), hasattr(Box, "describe"))
try:
    getattr(b, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(Box, "nothing")
except AttributeError as e:
    print(type(e).__name__, e)
setattr(b, "size", 10)
setattr(b, "new_attr", [1, 2])
print(b.size, b.new_attr, getattr(b, "describe")())
name = "dyn_" + "field"
setattr(b, name, "dynamic")
print(getattr(b, name), b.dyn_field)
delattr(b, "new_attr")
print(hasattr(b, "new_attr"))
try:
    delattr(b, "new_attr")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(b, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].push(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr("abc", "upper")(), getattr([1, 2], "count")(2), getattr(5, "bit_length")())
print(hasattr("s", "split"), hasattr(1, "split"), hasattr(None, "x"))
method = getattr(b, "describe")
b.size = 99
print(method())
for attr in ("size", "color", "shape"):
    print(attr, getattr(b, attr, "<none>"))
setattr(Box, "color", "blue")
print(Box().color, b.color)
class Lazy:
    def __getattr__(self, name):
        return "computed " + name
lz = Lazy()
lz.real = "real value"
print(lz.anything, lz.real, getattr(lz, "other"), hasattr(lz, "whatever"))
class Strict:
    def __getattr__(self, name):
        raise AttributeError("no attribute " + name)
print(hasattr(Strict(), "x"), getattr(Strict(), "x", "fallback"))
class Recorder:
    def __init__(self):
        self.__dict__["log"] = []
    def __setattr__(self, name, value):
        self.log.append(name)
        self.__dict__[name] = value
rec = Recorder()
rec.a = 1
rec.b = 2
setattr(rec, "c", 3)
print(rec.log, rec.a + rec.b + rec.c)
