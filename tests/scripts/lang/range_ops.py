# range objects.
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(3, -3, -2)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[2], list(r))
print(range(5), range(1, 5), range(1, 5, 2), repr(range(0, -5, -1)))
print(r[1:3], r[::-1], list(r[::-1]), r[::2])
print(7 in r, 8 in r, 19 in r, 23 in r, 3.0 in r)
print(r.index(11), r.count(11), r.count(12))
try:
    r.index(12)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(len(range(0, 100, 7)), len(range(100, 0, -7)), len(range(10, 10)))
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big[10 ** 19], big[-5:])
print(range(0, 6, 2) == range(0, 5, 2), range(0) == range(5, 5), range(3) == range(0, 3))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(reversed(range(4))), sorted(range(5, 0, -1)))
print(range(10)[-3:], range(10)[3:-3:2])
print(list(range(-10, -1, 3)), list(range(-1, -10, -3)))
print(bool(range(0)), bool(range(1)))
r2 = range(1, 10)
print(r2.start, r2.stop, r2.step, range(5).step)
for i in range(3, 0, -1):
    print("countdown", i)
print([i * i for i in range(1, 6)])
print(tuple(range(3)), set(range(3)))
print(list(range(True, 4)))
