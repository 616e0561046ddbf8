# float() conversions and errors.
print(float(), float(0), float(3), float(-3), float(2 ** 60))
print(float("3.5"), float(" 2.5 "), float("-1e3"), float("+.5"), float("5."))
print(float("1_000.5"), float("1E5"), float("0.1"), float("-0"))
print(float("inf"), float("-Infinity"), float("nan"))
print(float(True), float(False))
print(float("123456789012345678901234567890"))
print(float("1e-400"), float("1e400"))
bad = ["", "abc", "1.2.3", "1e", "e5", "0x10", "1_", "inf inf", "- 1"]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(float(None))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(float([1.0]))
except TypeError as e:
    print(type(e).__name__, e)
print(type(float("1")), float(7) == 7)
print((2.5).is_integer(), (2.0).is_integer())
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (3.0).as_integer_ratio())
print(float("  \n 42 \t"))
print(float(10 ** 20), float(-(10 ** 20)))
print(float("0.30000000000000004"), float("9007199254740993"))
