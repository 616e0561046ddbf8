# round() with banker's rounding and ndigits.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4, 0.6, -0.6, 2.4999):
    print(v, round(v), type(round(v)))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, -1))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(5), round(5, 2), round(-5, -1), round(15, -1), round(25, -1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(123456789, -5), round(2 ** 70, -10))
print(round(0.1 + 0.2, 10))
print(round(1e20), round(1e20, 2))
print(round(-0.0), round(-0.0, 1))
print(round(7, 0), type(round(7, 0)), type(round(7.0, 0)))
print(round(2.5, None), round(0.05, 1), round(0.15, 1), round(0.25, 1))
print(round(1e-10, 5), round(123.456, 1), round(-123.456, 1))
print(round(True), round(False, 3))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
for n in range(-3, 4):
    print(n + 0.5, round(n + 0.5))
