# center / ljust / rjust / zfill / expandtabs.
print(repr("abc".center(9)), repr("abc".center(8)), repr("abc".center(2)))
print(repr("abc".center(9, "*")), repr("ab".center(7, "-")), repr("".center(3, "x")))
print(repr("abc".ljust(6)), repr("abc".ljust(6, ".")), repr("abc".ljust(1)))
print(repr("abc".rjust(6)), repr("abc".rjust(6, "0")), repr("abc".rjust(-1)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3))
print("".zfill(3), "-".zfill(3), "3.14".zfill(8), "-3.14".zfill(8))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".ljust(5, "")
except TypeError as e:
    print(type(e).__name__, e)
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc".expandtabs(2)))
print(repr("\t".expandtabs(3)), repr("abcd\te".expandtabs(4)), repr("x\ny\tz".expandtabs(4)))
print(repr("a\tb".expandtabs(0)), repr("a\tb".expandtabs(1)))
for width in range(0, 8):
    print(width, "[" + "hi".center(width, "=") + "]", "[" + "hi".rjust(width) + "]", "[" + "hi".ljust(width) + "]")
table = [("apple", 3), ("kiwi", 12), ("banana", 100)]
for name, qty in table:
    print(name.ljust(8) + str(qty).rjust(5))
for n in (7, -7, 123, 12345):
    print(str(n).zfill(4))
print("odd".center(6), "|")
print("odd".center(6, "*"), "even".center(7, "*"))
