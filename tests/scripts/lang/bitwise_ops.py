# Bitwise operators on ints (including negatives).
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(-1 & 0xFF, -256 & 0xFF, -1 ^ 0xFF)
print(1 << 0, 1 << 10, 1 << 64, 1 << 100)
print(1024 >> 3, 1024 >> 20, -1 >> 5, -1024 >> 3, -5 >> 1)
print(5 << 2 >> 1)
print(0xF0 & 0x3C, 0xF0 | 0x3C, 0xF0 ^ 0x3C)
print(~0, ~-1, ~(2 ** 64))
x = 0b1010
x |= 0b0101
print(bin(x))
x &= 0b0110
print(bin(x))
x ^= 0b1111
print(bin(x))
x <<= 3
print(bin(x))
x >>= 2
print(bin(x))
print(True & True, True | False, False ^ True, ~int(True))
print(type(True & True), type(True & 1))
print(1 + 2 << 3, 1 + (2 << 3))
print(1 | 2 & 3 ^ 4, (1 | 2) & (3 ^ 4))
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 << 2.0)
except TypeError as e:
    print(type(e).__name__, e)
for n in range(-3, 4):
    print(n, n & 1, n | 1, n ^ 1, ~n, n << 1, n >> 1)
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-255).bit_length())
print((0b101101).bit_count(), (-7).bit_count())
