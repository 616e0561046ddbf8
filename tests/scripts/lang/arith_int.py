# Integer arithmetic with Python semantics.
print(7 + 3, 7 - 3, 7 * 3)
print(7 / 2, -7 / 2, 6 / 3)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(0 % 5, 5 % 5, -5 % 5)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(1 - 2 - 3, 2 * 3 + 4, 2 + 3 * 4, (2 + 3) * 4)
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
print(10 - -3, 10 + -3)
print(abs(-9), abs(9), abs(0))
print(-(3), +(-3))
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x //= 5
print(x)
x %= 3
print(x)
x **= 10
print(x)
x = 17
x /= 4
print(x)
print(13 // 1, 13 % 1)
print(-13 // 4, -13 % 4)
print(13 // -4, 13 % -4)
print(100 // 7 * 7 + 100 % 7)
print(-100 // 7 * 7 + -100 % 7)
for a in (-5, -1, 0, 1, 5):
    for b in (-3, 3):
        print(a, b, a // b, a % b)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(divmod(1, 0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(type(6 / 3), type(6 // 3))
