# Float arithmetic.
print(0.1 + 0.2)
print(0.1 + 0.2 == 0.3)
print(1.5 + 2.25, 1.5 - 2.25, 1.5 * 2.25, 1.5 / 2.25)
print(7.0 // 2, -7.0 // 2, 7.5 // 2, -7.5 // 2)
print(7.0 % 2, -7.0 % 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(5.0 % 0.3)
print(1 / 3 * 3)
print(2 ** 0.5)
print(2.0 ** -1, 4 ** 0.5, 8 ** (1 / 3))
print(1e308 * 10)
print(-1e308 * 10)
print(1.5e300 * 1e10)
print(1e-320)
print(5e-324, 5e-324 / 2)
print(3.0 * 1.1)
print(0.1 * 3)
print(1.1 + 2.2)
print(100.0 / 3)
print(-0.0 + 0.0, 0.0 * -1)
print(1.0 - 1.0)
x = 2.5
x += 0.5
print(x)
x *= 4
print(x)
x /= 8
print(x)
x //= 0.4
print(x)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1.0 % 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
print(abs(-2.5), abs(2.5), abs(-0.0))
print(float(7) / 2, 7 / 2.0)
print(0.5 == 1 / 2, 0.25 + 0.25 == 0.5)
print(1e16 + 1, 1e16 + 2)
print(9007199254740993.0)
print(3.0 == 3, 3.5 > 3, 2.9999 < 3)
