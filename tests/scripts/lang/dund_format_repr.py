# __repr__/__str__/__format__ dispatch: str(), repr(), format(), f-strings, %.
class Both:
    def __repr__(self): return "Both<r>"
    def __str__(self): return "Both<s>"
class ReprOnly:
    def __repr__(self): return "ReprOnly<r>"
class StrOnly:
    def __str__(self): return "StrOnly<s>"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, str(r), repr(b))
print(str(s), repr(s).startswith("<__main__.StrOnly object at "))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {b!s} {r} {r!a}")
print("%s %r" % (b, b))
print("{} {!r} {!s}".format(b, b, r))

class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        print("  __format__ called with", repr(spec))
        if spec == "":
            return f"${self.v}"
        if spec.endswith("c"):
            return f"{int(self.v * 100):{spec[:-1]}d}c"
        return "$" + format(self.v, spec)
    def __str__(self): return "Money(str)"
m = Money(12.5)
print(format(m))
print(format(m, ".3f"))
print(f"{m}|{m:>10.1f}|{m:5c}|{m!s}|{m!s:>12}")
width, prec = 9, 2
print(f"{m:{width}.{prec}f}")
print("{:8.2f}".format(m))
print("{0:c} {0}".format(m))

# object.__format__ with non-empty spec -> TypeError.
class Plain:
    def __str__(self): return "plain"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), ">10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{Plain():x}"
except TypeError as e:
    print(type(e).__name__, e)
print(f"{Plain()!s:>10}|")

# __format__ must return str.
class BadFmt:
    def __format__(self, spec): return 42
try:
    format(BadFmt())
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self): return 42
class BadStr:
    def __str__(self): return None
for obj, fn in [(BadRepr(), repr), (BadStr(), str)]:
    try:
        fn(obj)
    except TypeError as e:
        print(type(e).__name__, e)

# Subclasses of builtins inherit __format__.
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
    def __str__(self): return "myint!"
mi = MyInt(255)
print(f"{mi} {mi!r} {mi:x} {mi:#010b} {mi:,}", format(mi, "d"), str(mi), "%d" % mi, "%s" % mi)
class MyStr(str):
    def __str__(self): return "overridden"
ms = MyStr("abc")
print(f"{ms}|{ms:>5}|{ms!s}", str(ms), ms + "d", format(ms))
class MyFloat(float):
    def __format__(self, spec): return "F[" + float.__format__(self, spec) + "]"
print(f"{MyFloat(1.5):.3f}", format(MyFloat(2), ""), f"{MyFloat(0.25)}")

# repr of containers uses __repr__ of elements; str of containers too.
print(str([s, b]).count("StrOnly object"), str([b]))
# repr recursion through user objects
class Node:
    def __init__(self, children): self.children = children
    def __repr__(self): return f"Node({self.children!r})"
print(Node([Node([]), Node([1, "x"])]))
# !a escapes non-ascii
class U:
    def __repr__(self): return "ü€"
print(f"{U()!a}", ascii(U()), ascii([U()]))
# __str__ falls back to __repr__; __repr__ of class instances via type.__repr__
print(str(ReprOnly()), format(ReprOnly()))
print(repr(Money), str(Money))
# format() of builtin types with spec
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ","), format(0.5, "%"))
# __format__ on type (class objects)
print(format(int), f"{int!r:>20}")
