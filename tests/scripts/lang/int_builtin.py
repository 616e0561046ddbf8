# int() conversions and errors.
print(int(), int(0), int(42), int(-42))
print(int(3.9), int(-3.9), int(0.9999), int(1e10))
print(int("42"), int(" 42 "), int("\t-17\n"), int("+8"))
print(int("1_000"), int("0"), int("-0"), int("000123"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("0b101", 0), int("101", 2))
print(int("z", 36), int("Zz", 36), int("10", 36), int("12", 3))
print(int(True), int(False))
print(int("123456789012345678901234567890"))
print(int("-ffffffffffffffffffff", 16))
print(int(2 ** 70 + 0.0))
print(int("  -0x1A  ", 16))
print(int("1_2_3", 0), int("0_7", 10))
bad = ["", " ", "abc", "1.5", "1e3", "12a", "0x10", "--1", "1__0", "_1", "1_", "+", "4 2"]
for s in bad:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(int("2", 2))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(int("g", 16))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(int("10", 1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(int("10", 37))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(int(None))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(int([1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(int(1.5, 10))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(int("010", 0))
except ValueError as e:
    print(type(e).__name__, e)
print(int("010"), int("010", 10))
print(type(int("5")), isinstance(int("5"), int))
