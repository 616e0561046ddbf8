# Arbitrary-precision integers.
a = 2 ** 64
b = 2 ** 64 - 1
print(a, b, a - b)
print(a * a)
print(a + a, a * 3 - 1)
c = 123456789012345678901234567890
d = 987654321098765432109876543210
print(c + d)
print(d - c)
print(c - d)
print(c * d)
print(-c * d)
print(c * c * c)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(len(str(f)), str(f)[:5])
print(2 ** 127 - 1)
print(-(2 ** 100))
print(abs(-(2 ** 100)))
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(18446744073709551615 + 1)
print(4294967296 * 4294967296)
print(int("9" * 40) + 1)
print(10 ** 40 - 1)
x = 1
for i in range(10):
    x = x * 1000003 + i
print(x)
print(2 ** 200 / 2 ** 190)
print(10 ** 25 / 10 ** 5)
print(3 ** 100 == 3 ** 100, 3 ** 100 != 3 ** 101)
print(2 ** 64 > 2 ** 63, 2 ** 64 < -1, -(2 ** 64) < -(2 ** 63))
print(2 ** 64 > 5, 5 < 2 ** 64, 2 ** 64 == 18446744073709551616)
print(max(2 ** 70, 3, -(2 ** 80)), min(2 ** 70, 3, -(2 ** 80)))
print(sum([2 ** 60] * 20))
print(hex(2 ** 70), oct(2 ** 70), bin(2 ** 70))
print(hex(-(2 ** 70)))
print(int("123456789012345678901234567890") * 2)
print(str(2 ** 90), repr(2 ** 90))
print(bool(2 ** 100), bool(2 ** 100 - 2 ** 100))
print((2 ** 100).bit_length())
print(2 ** 100 % 7, (2 ** 100) // 7)
big = 7 ** 80
print(big)
print(big // 7 ** 79, big % 7 ** 79)
print(type(2 ** 100))
