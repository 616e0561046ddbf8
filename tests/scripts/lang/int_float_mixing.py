# Mixed int/float arithmetic and comparisons.
print(1 + 2.0, 3 - 0.5, 2 * 1.5, 7 / 2, 7 // 2.0, 7 % 2.5)
print(type(1 + 2.0), type(2 * 3))
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 < 2.0 ** 53)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(2 ** 100 < 1e31, 2 ** 100 > 1e30)
print(2 ** 1000 < float("inf"), -(2 ** 1000) > float("-inf"))
print(0.5 < 1, 1.5 > 1, -0.5 < 0)
print(float(2 ** 64), float(-(2 ** 70)))
print(int(2.5), int(-2.5), int(1e20), int(-1e20))
print(int(1.9999999999999999))
print(2 ** 64 + 0.5)
print(10 ** 16 + 1.0)
print(3 * 0.1, 0.1 * 3)
print(1 / 3 + 1 / 3 + 1 / 3)
print(round(2.675, 2))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0))
print(sum([1, 2.5, 3]), sum([0.1] * 10))
print(abs(-3) + abs(-3.5))
print(divmod(7, 2.5), divmod(-7, 2.5))
print(7.0 == 7, hash(7.0) == hash(7), hash(-1.0) == hash(-1))
print(1e308 * 10 > 2 ** 1023)
try:
    print(float(2 ** 2000))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2 ** 2000 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2 ** 2000 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
print((2 ** 2000) // (2 ** 1990))
print(2 ** 2000 > 1e308)
print(True + 1.5, False * 2.5)
print(5 / 5, 0 / 5, -0 / 5, 0 / -5)
print(int("10") + float("0.5"))
x = 3
x += 0.25
print(x, type(x))
print(1 < 1.5 < 2 < 2.5)
