# bytearray mutation: methods, slice assignment, errors, and interplay with bytes.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# Mutating methods.
b = bytearray(b"hello")
b.append(33)
b.extend(b" wo")
b.extend([114, 108])
b.extend(x for x in b"d")
b.extend(bytearray(b"?"))
b.insert(0, 62)
b.insert(-1, 46)
b.insert(100, 60)
b.insert(-100, 91)
print(b, len(b))
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord("o"))
print(b)
b.reverse()
print(b)
c = b.copy()
b.clear()
print(b, c, c is not b)
c.resize(4)
print(c)
c.resize(7)
print(c)

# Index and slice assignment.
s = bytearray(b"0123456789")
s[0] = 65
s[-1] = 66
s[True] = 67
print(s)
s[2:4] = b"xyz"
print(s)
s[2:5] = b""
print(s)
s[5:2] = b"<>"
print(s)
s[:0] = [1, 2]
print(s)
s[len(s):] = range(97, 100)
print(s)
s[::3] = bytes(len(s[::3]))
print(s)
s[::-2] = b"#" * len(s[::-2])
print(s)
s[1::2] = b""
print(s)
del s[0]
del s[-1]
print(s)
del s[1:3]
print(s)
del s[::2]
print(s)
del s[::-1]
print(s, len(s))
t = bytearray(b"abcdef")
t[:] = t
t[2:4] = t
print(t)
t[:] = b"fresh"
print(t)

# In-place operators keep the object; plain ones make new ones.
u = bytearray(b"ab")
alias = u
u += b"cd"
u += bytearray(b"ef")
u *= 2
print(u, alias is u)
v = u + b"!"
w = u * 2
print(v is u, w is u, type(v).__name__, type(w).__name__, 2 * bytearray(b"xy"))
u *= 0
print(u, alias)

# Iteration sees mutation (the iterator reads by index).
grow = bytearray(b"ab")
seen = []
for x in grow:
    seen.append(x)
    if len(grow) < 5:
        grow.append(x + 2)
print(seen, grow)
shrink = bytearray(b"abcdef")
seen = []
for x in shrink:
    seen.append(x)
    del shrink[-1]
print(seen, shrink)
it = iter(bytearray(b"xy"))
print(type(it).__name__, next(it), list(it), list(it))

# Interplay with bytes.
raw = b"data"
m = bytearray(raw)
m[0] = ord("D")
print(raw, m, bytes(m), m == b"Data", b"Data" == m, m != raw, m > raw, raw < m)
print(b"x" + m, type(b"x" + m).__name__, m + b"x", type(m + b"x").__name__)
print(b"-".join([m, b"q", bytearray(b"z")]), m.join([b"1", b"2"]))
print(raw.startswith(bytearray(b"da")), raw.find(bytearray(b"t")), bytearray(b"at") in raw, 116 in m)
print(raw.replace(bytearray(b"a"), bytearray(b"4")), m.replace(b"a", b"@"), m.split(b"t"), m.partition(b"a"))
print(m.upper(), m.strip(b"Da"), m.center(8, b"*"), m.hex(":"), bytearray.fromhex("44 61"), m.decode("ascii"))
print(bytearray(b"%s-%d-%x") % (b"k", 5, 255), b"%s" % bytearray(b"v"), bytearray(b"%c%c") % (104, b"i"))
print(str(m), repr(bytearray(b"it's")), repr(bytearray(b'say "hi"')), f"{m}")
print(bytearray("h\u00e9", "utf-8"), bytearray("abc", "ascii"), bytearray(3), bytearray([0, 255]))
print(m.count(b"a"), m.index(97), m.rindex(b"a"), m.rfind(b"z"), m.isalpha(), m.islower(), m.title())
print(bytes.maketrans(b"ab", b"AB") == bytearray.maketrans(b"ab", b"AB"), type(bytearray.maketrans(b"", b"")).__name__)
print(isinstance(m, bytearray), isinstance(m, bytes), issubclass(bytearray, bytes), type(m).__name__)

# Allocation sizes follow CPython's growth policy.
g = bytearray()
sizes = []
for i in range(12):
    g.append(i)
    sizes.append(g.__alloc__())
print(sizes, bytearray(b"abc").__alloc__(), bytearray().__alloc__())

# A subclass.
class Buf(bytearray):
    def __init__(self, data=b"", tag=""):
        super().__init__(data)
        self.tag = tag


k = Buf(b"sub", "t1")
k.extend(b"!")
k += b"?"
print(k, repr(k), k.tag, type(k).__name__, type(k + b"").__name__, type(k[:1]).__name__, k.upper())
print(Buf.fromhex("4142"), type(Buf.fromhex("41")).__name__, k == b"sub!?", len(k))

# Errors.
e = bytearray(b"abc")
attempt("setitem 256", lambda: e.__setitem__(0, 256))
attempt("setitem -1", lambda: e.__setitem__(0, -1))
attempt("setitem str", lambda: e.__setitem__(0, "a"))
attempt("setitem range", lambda: e.__setitem__(3, 1))
attempt("setitem key", lambda: e.__setitem__("0", 1))
attempt("slice int", lambda: e.__setitem__(slice(0, 1), 5))
attempt("slice str", lambda: e.__setitem__(slice(0, 1), "x"))
attempt("slice None", lambda: e.__setitem__(slice(0, 1), None))
attempt("slice bad int", lambda: e.__setitem__(slice(0, 1), [300]))
attempt("extended size", lambda: e.__setitem__(slice(None, None, 2), b"xyz"))
attempt("extended size 2", lambda: e.__setitem__(slice(None, None, -1), b"xy"))
attempt("zero step", lambda: e.__setitem__(slice(None, None, 0), b""))
attempt("delitem range", lambda: e.__delitem__(5))
attempt("getitem range", lambda: e[3])
attempt("getitem float", lambda: e[1.0])
attempt("pop empty", lambda: bytearray().pop())
attempt("pop range", lambda: e.pop(3))
attempt("pop str", lambda: e.pop("0"))
attempt("remove missing", lambda: e.remove(120))
attempt("remove 999", lambda: e.remove(999))
attempt("append big", lambda: e.append(256))
attempt("append bytes", lambda: e.append(b"x"))
attempt("insert missing", lambda: e.insert(0))
attempt("extend int", lambda: e.extend(3))
attempt("extend str", lambda: e.extend("abc"))
attempt("extend bad", lambda: e.extend([1, 256]))
attempt("ctor str", lambda: bytearray("abc"))
attempt("ctor enc", lambda: bytearray(b"abc", "ascii"))
attempt("ctor errors", lambda: bytearray(errors="strict"))
attempt("ctor neg", lambda: bytearray(-1))
attempt("ctor float", lambda: bytearray(2.5))
attempt("ctor items", lambda: bytearray([1, "2"]))
attempt("ctor big", lambda: bytearray([256]))
attempt("hash", lambda: hash(e))
attempt("set elem", lambda: {e})
attempt("concat str", lambda: e + "x")
attempt("concat int", lambda: e + 1)
attempt("repeat str", lambda: e * "2")
attempt("compare str", lambda: e < "abc")
attempt("eq str", lambda: e == "abc")
attempt("contains str", lambda: "a" in e)
attempt("contains big", lambda: 256 in e)
attempt("fromhex odd", lambda: bytearray.fromhex("abc"))
attempt("fromhex bad", lambda: bytearray.fromhex("zz"))
attempt("resize neg", lambda: e.resize(-1))
attempt("self extend", lambda: e.extend(e) or e)
print(e)
