# bytes basics: literals, indexing, slicing, methods, conversions, errors.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::2], type(b[0]).__name__)
print(b"a" b"b", b"\x00\xff\n\t", rb"\n", b"\x41\102C", bytes(3), bytes([65, 66, 67]), bytes(range(5)))
print(bytes("héllo", "utf-8"), "héllo".encode(), "héllo".encode("latin-1"), b"h\xc3\xa9llo".decode())
print(bytes(b"copy"), bytes(), b"" == bytes(), bytes((1, 2)) == b"\x01\x02")
print(b + b"!", b * 2, 3 * b"ab", b"lo" in b, 111 in b, b"z" not in b, 300 in b if False else None)
print(b.upper(), b.title(), b.capitalize(), b.swapcase(), b"ABC".lower())
print(b.split(), b.split(b"o"), b"a,b,,c".split(b","), b"  pad ".strip(), b"xxhixx".strip(b"x"))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"w"), b.count(b"l"), b.count(108), b.find(111))
print(b.startswith(b"he"), b.endswith((b"x", b"ld")), b.replace(b"l", b"L", 2), b.partition(b" "), b.rpartition(b"o"))
print(b"-".join([b"a", b"b", b"c"]), b.center(15, b"*"), b"5".zfill(3), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"abc".hex(), b"abc".hex(":"), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff").hex())
print(b"123".isdigit(), b"abc".isalpha(), b"a1".isalnum(), b"   ".isspace(), b"Ab".isupper(), b"ab".islower())
print(list(b"abc"), [c for c in b"\x01\x02"], sorted(b"cab"), max(b"az"), sum(b"\x01\x02\x03"))
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"abc" == b"abc", b"abc" == "abc", hash(b"x") == hash(b"x"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\"), repr(bytes([127, 128, 31])))
print(str(b"x"), f"{b'x'}", "%s|%r" % (b"y", b"y"), b"%d-%s-%x" % (5, b"s", 255), b"%5b|" % b"ab")
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))
print(b"a\tb".expandtabs(4), b"line1\nline2\r\n".splitlines(), b"line1\nline2".splitlines(keepends=True))
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"a b".translate(None, b" "), b"  x".lstrip(), b"x  ".rstrip())
print(b"xyz"[5:], b"xyz"[-10:2])
print(b"hi".decode("ascii"), b"\xff".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(isinstance(b, bytes), issubclass(bytes, object), type(b).__name__, bytes.__name__)
# Errors.
tests = [
    lambda: b[20],
    lambda: b"a" + "b",
    lambda: "a" + b"b",
    lambda: bytes([256]),
    lambda: bytes([-1]),
    lambda: bytes("abc"),
    lambda: bytes(-1),
    lambda: b"\xff".decode("utf-8"),
    lambda: "é".encode("ascii"),
    lambda: b.index(b"zz"),
    lambda: bytes.fromhex("zz"),
    lambda: b"abc"[0:1].__setitem__(0, 1),
    lambda: b"a" < "a",
    lambda: 3.5 in b"abc",
    lambda: b"abc".join(["x"]),
    lambda: b"%d" % "x",
    lambda: bytes(1.5),
    lambda: b"x" * 2.0,
    lambda: ord(b"ab"),
]
for t in tests:
    try:
        print("no error", t())
    except Exception as e:
        print(type(e).__name__, e)
print(ord(b"a"), chr(b"a"[0]), bytes([ord("z")]))
# Bytes are immutable; += creates a new object.
x = b"ab"; y = x; x += b"c"
print(x, y, x is y)
# bytes in dicts/sets
print({b"k": 1}[b"k"], len({b"a", b"a", b"b"}))
# Iterating with enumerate and zip
print([(i, c) for i, c in enumerate(b"hi")], list(zip(b"ab", b"cd")))
