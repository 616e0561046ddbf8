# Floor division and modulo of big integers, including negatives.
a = 10 ** 30 + 7
b = 10 ** 12 + 3
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(divmod(a, b))
print(divmod(-a, b))
print(divmod(a, -b))
print(divmod(-a, -b))
print(a // 3, a % 3, -a // 3, -a % 3)
print((2 ** 100) // (2 ** 50), (2 ** 100) % (2 ** 50 - 1))
print(-(2 ** 100) // 3, -(2 ** 100) % 3)
print((2 ** 100 + 1) // -(2 ** 99), (2 ** 100 + 1) % -(2 ** 99))
print(5 // (2 ** 70), -5 // (2 ** 70), 5 % (2 ** 70), -5 % (2 ** 70))
print(a / b)
print((10 ** 40) / (10 ** 20))
print((2 ** 1000) // (2 ** 999), (2 ** 1000) % 3)
for x in (10 ** 20 + 1, -(10 ** 20) - 1):
    for y in (7, -7, 10 ** 10 + 1, -(10 ** 10) - 1):
        q, r = divmod(x, y)
        print(x, y, q, r, q * y + r == x)
try:
    print((10 ** 30) // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print((10 ** 30) % 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
n = 10 ** 50
digits = []
while n:
    n, r = divmod(n, 1000)
    digits.append(r)
print(digits)
print(12345678901234567890123 // 1000000007, 12345678901234567890123 % 1000000007)
