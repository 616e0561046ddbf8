# Bitwise operations on big integers.
a = 2 ** 100 + 2 ** 50 + 1
b = 2 ** 100 - 1
print(a & b)
print(a | b)
print(a ^ b)
print(~a)
print(-a & b)
print(-a | b)
print(-a ^ b)
print(a & -b)
print(-a & -b)
print(a >> 50, a >> 100, a >> 200)
print(a << 30)
print(-a >> 1, -a >> 99, -a >> 200)
print((1 << 200) >> 199)
print(hex(a), hex(b))
print(bin(a & 0xFFFF))
print(0xFFFFFFFFFFFFFFFF & 0xFFFFFFFF00000000)
print(0xFFFFFFFFFFFFFFFF ^ 0xFFFFFFFFFFFFFFFFFF)
print((2 ** 64) | 1, (2 ** 64) ^ (2 ** 64))
print(~(2 ** 64 - 1), ~(-(2 ** 64)))
mask = (1 << 128) - 1
print(mask)
print((-1) & mask == mask)
print(((1 << 127) | 5) & mask)
x = 0
for i in range(0, 130, 13):
    x |= 1 << i
print(x, x.bit_length(), x.bit_count())
print((x >> 65) & 0xFF)
print(((1 << 70) - 1) ^ ((1 << 69) - 1))
print(-(1 << 70) >> 3)
print(1 << 64 == 2 ** 64, 1 << 64 > 1 << 63)
