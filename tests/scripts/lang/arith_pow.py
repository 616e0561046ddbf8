# The ** operator and pow().
print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 1000)
print(2 ** 64, 2 ** 100)
print(3 ** 50)
print((-3) ** 3, (-3) ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3)
print((-2) ** -3)
print(0.5 ** 2, 2.0 ** 10, 9 ** 0.5)
print(10 ** 30)
print(7 ** 77)
print(len(str(2 ** 1000)))
print(2 ** 1000 % 1000007)
print(pow(2, 10), pow(2, -1), pow(2.0, 3))
print(pow(3, 4, 5), pow(2, 100, 17), pow(-3, 3, 7), pow(7, 0, 13))
print(pow(5, -1, 7))
print(pow(38, -1, 97))
print(pow(10, 100, 999999937))
print(pow(2, 1000, 10 ** 9 + 7))
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, -1, 4))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(pow(2.0, 3, 5))
except TypeError as e:
    print(type(e).__name__, e)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 0.5)
x = 3
x **= 3
print(x)
print(type(2 ** 2), type(2 ** -2), type(2.0 ** 2))
print(1.0000001 ** 1000000)
print(2 ** 0.5 * 2 ** 0.5)
print(10 ** 15, 10.0 ** 15, 10.0 ** 16)
print(pow(0, 0), pow(0.0, 0))
print((-1) ** 1000001, (-1) ** 1000000)
print(2 ** 62 + 2 ** 62, 2 ** 63 - 1 + 1)
