# bytearray basics: construction, mutation, slicing, methods, comparisons with bytes.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3], type(ba[1:3]).__name__, bytearray(), bytearray(3), bytearray([1, 2]))
print(bytearray("héllo", "utf-8"), bytearray(range(3)), bytearray(b"x") == b"x", b"x" == bytearray(b"x"))
ba[0] = 72
print(ba)
ba[1:3] = b"EY"
print(ba)
ba[1:3] = b"abcdef"
print(ba, len(ba))
del ba[0]
print(ba)
del ba[::2]
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
print(ba)
ba.insert(0, 60)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("?"))
print(ba)
ba.reverse()
print(ba)
ba += b"++"
print(ba)
ba *= 2
print(ba)
c = ba.copy(); c.clear()
print(c, ba.count(b"+"), ba.find(b"+"), ba.index(33))
print(bytearray(b"abc").upper(), bytearray(b"a,b").split(b","), bytearray(b"xy").hex(), bytearray.fromhex("4142"))
print(bytearray(b"  s  ").strip(), bytearray(b"-").join([b"a", bytearray(b"b")]), bytearray(b"abc").replace(b"b", b"B"))
print(b"ab" + bytearray(b"cd"), type(b"ab" + bytearray(b"cd")).__name__, type(bytearray(b"ab") + b"cd").__name__)
print(bytearray(b"abc") < b"abd", bytearray(b"b") > bytearray(b"a"), bytes(bytearray(b"conv")), bytearray(b"q").decode())
print(list(bytearray(b"AB")), 66 in bytearray(b"AB"), b"B" in bytearray(b"AB"), repr(bytearray(b"'\x00")))
print(isinstance(ba, bytearray), isinstance(ba, bytes), issubclass(bytearray, bytes))
m = bytearray(b"abcdef")
m[::2] = b"XYZ"
print(m)
m[1:1] = b"--"
print(m)
m[-1:] = []
print(m)
# Aliasing: bytearray is mutable and shared.
a1 = bytearray(b"12"); a2 = a1; a2 += b"3"
print(a1, a1 is a2)
# Errors.
tests = [
    lambda: ba.__setitem__(0, 256),
    lambda: ba.__setitem__(0, b"x"),
    lambda: ba.__setitem__(100, 1),
    lambda: bytearray(b"ab").__setitem__(slice(None, None, 2), b"xyz"),
    lambda: bytearray(b"").pop(),
    lambda: bytearray(b"a").remove(98),
    lambda: bytearray(b"a").append(-1),
    lambda: bytearray("str"),
    lambda: hash(bytearray(b"a")),
    lambda: {bytearray(b"a")},
    lambda: bytearray(b"a") + "b",
    lambda: bytearray(b"a").extend(5),
    lambda: bytearray(b"a").extend(["x"]),
    lambda: bytearray(-2),
]
for t in tests:
    try:
        print("no error", t())
    except Exception as e:
        print(type(e).__name__, e)
# Conversions between str/bytes/bytearray
print(str(bytearray(b"s")), f"{bytearray(b'f')}", bytearray(b"%d") % 7)
