# itertools: count, cycle, repeat (values and reprs) and islice.
import itertools as it

c = it.count()
print(repr(c), next(c), next(c), repr(c))
print(repr(it.count(5)), repr(it.count(5, 2)), repr(it.count(1.5)), repr(it.count(5, 1.0)))
print(repr(it.count(0, -1)), repr(it.count(step=3)), repr(it.count(-2, 0.5)), repr(it.count(10**20)))
c2 = it.count(1, 0.25)
print([next(c2) for _ in range(5)], repr(c2))
c3 = it.count(10, -3)
print([next(c3) for _ in range(4)], repr(c3))
print(list(zip("abc", it.count(100))), list(zip(it.count(), "xy")))
for bad in [("a",), (1, "b"), (None,)]:
    try:
        it.count(*bad)
    except TypeError as e:
        print("TypeError", e)

r = it.repeat("ab", 3)
print(repr(r), next(r), repr(r), list(r), repr(r))
print(repr(it.repeat(None)), repr(it.repeat([1], -2)), list(it.repeat(7, 0)), repr(it.repeat(1, times=2)))
r2 = it.repeat(5)
print([next(r2) for _ in range(3)], repr(r2), list(map(pow, range(5), it.repeat(2))))
try:
    it.repeat()
except TypeError as e:
    print("TypeError", e)

cy = it.cycle("abc")
print([next(cy) for _ in range(8)])
cy2 = it.cycle(x * x for x in range(3))
print([next(cy2) for _ in range(7)], list(it.cycle([])))

print(list(it.islice("ABCDEFG", 2)), list(it.islice("ABCDEFG", 2, 4)))
print(list(it.islice("ABCDEFG", 2, None)), list(it.islice("ABCDEFG", 0, None, 2)))
print(list(it.islice(range(10), 1, 9, 3)), list(it.islice(range(10), None, None, None)))
print(list(it.islice(it.count(), 5, 20, 5)), list(it.islice("abc", 10, 20)), list(it.islice("abc", 0)))
src = iter(range(10))
print(list(it.islice(src, 2, 4)), next(src), list(it.islice(src, 0, 8, 3)), list(src))
src2 = iter("abcdef")
print(list(it.islice(src2, 1, 3)), list(src2))
for args in [(-1,), (1, -2), (-1, 2), (2.5,), (1, 2.5), (0, 5, 0), (0, 5, -1),
             ("a", 2), (0, 2, 1.5)]:
    try:
        it.islice("abc", *args)
    except ValueError as e:
        print(args, "ValueError", e)
for args in [(), ("abc",), ("a", 1, 2, 3, 4)]:
    try:
        it.islice(*args)
    except TypeError as e:
        print("TypeError", e)
