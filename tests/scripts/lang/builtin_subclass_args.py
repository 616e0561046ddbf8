"""Instances of str/bytes/int/float subclasses passed as arguments to the
built-in types' methods and constructors behave as the values they are."""
from enum import IntEnum, StrEnum


class S(str):
    pass


class B(bytes):
    pass


class N(int):
    pass


class Color(StrEnum):
    RED = "red"
    BLUE = "blue"


class Level(IntEnum):
    LOW = 1
    HIGH = 3


print("abc".startswith(S("a")), "abc".endswith((S("x"), S("c"))))
print("a-b-c".split(S("-")), "a-b-c".rsplit(S("-"), N(1)))
print("abc".replace(S("b"), S("z")), "abc".find(S("c")), "abc".index(S("b")))
print("xxaxx".strip(S("x")), "a,b".partition(S(",")), "abc".count(S("b")))
print(S("a") in "cat", Color.RED in "a red car", "-".join([Color.RED, S("b")]))
print(int(S("42")), int(S("ff"), 16), float(S("2.5")), int(B(b"7")))
print(b"abc".startswith(B(b"a")), b"a,b".split(B(b",")), b"abc".find(B(b"c")))
print("abc"[N(1)], [1, 2, 3][Level.HIGH - 1], "ab" * N(2), (5).__add__(N(3)))
print("{}-{}".format(Color.RED, Level.LOW), f"{Color.BLUE}", "%s/%d" % (Color.RED, Level.HIGH))
print(Color.RED.upper(), Color.BLUE.capitalize(), Level.HIGH + 1, Level.HIGH * 2.5)
print(sorted([S("b"), "a", S("c")]), max(N(3), 2), min(Level.HIGH, Level.LOW))
print({"red": 1}[Color.RED], {S("k"): 2}["k"], "red" == Color.RED, hash(S("x")) == hash("x"))
try:
    "abc".startswith(N(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(S("x1"))
except ValueError as e:
    print(type(e).__name__, e)
