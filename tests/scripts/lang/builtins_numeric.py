# ord, chr, hex, oct, bin, divmod, pow, round, abs.
print(ord("a"), ord("Z"), ord("0"), ord(" "), ord("\n"), ord("\u00e9"), ord("\u4e2d"), ord("\U0001F600"))
print(chr(97), chr(90), chr(48), repr(chr(10)), chr(233), chr(20013), chr(0x1F600) == "\U0001F600")
print([chr(ord("a") + i) for i in range(5)], "".join(chr(c) for c in range(65, 71)))
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
print(hex(0), hex(255), hex(-255), hex(2 ** 64), hex(True))
print(oct(0), oct(8), oct(-8), oct(2 ** 40))
print(bin(0), bin(5), bin(-5), bin(2 ** 20), bin(255))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(2 ** 70, 3))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(2, 8), pow(2, -2), pow(-2, 3), pow(2, 0.5), pow(4, 3, 5), pow(3, 200, 1000))
print(pow(base=2, exp=5), pow(2, 5, mod=7))
print(round(3.7), round(-3.7), round(3.14159, 2), round(2.5), round(3.5), round(1234, -2), round(0.5))
print(abs(-7), abs(-7.25), abs(3))
print(ord(chr(1000)) == 1000, chr(ord("q")) == "q")
print(hex(0xdeadbeef), oct(0o777), bin(0b1010))
print(format(255, "x"), format(255, "#o"), format(5, "08b"))
for n in (0, 1, 7, 8, 255, 256, 1000):
    print(n, hex(n), oct(n), bin(n))
print(int("0x1f", 16), int("1f", 16), int("-0b11", 0))
print(divmod(0, 3), divmod(-1, 3), divmod(1, -3))
print(10 // 3, 10 % 3, -(10 // 3), -10 // 3)
