# bisect: bisect_left/right, insort_left/right, lo/hi bounds, key=, errors.
import bisect

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 3, 4, 8, 9, 13, 14]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 8, hi=5))
print(bisect.bisect_left(a, 2, lo=5, hi=9), bisect.bisect_right(a, 100, 3, 3))
print(bisect.bisect_left(a, 5, 0, -1), bisect.bisect_left([], 5), bisect.bisect_right([], 5))

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(b, x)
print(b)
c = [(1, "a"), (2, "b"), (2, "c"), (3, "d")]
bisect.insort_left(c, (2, "a"))
bisect.insort_right(c, (2, "z"))
print(c)

# key= applies to the elements; insort applies it to the new item too
recs = [("ann", 31), ("bob", 25), ("cid", 40)]
recs.sort(key=lambda r: r[1])
print(recs)
print(bisect.bisect_left(recs, 30, key=lambda r: r[1]), bisect.bisect_right(recs, 40, key=lambda r: r[1]))
bisect.insort(recs, ("dan", 33), key=lambda r: r[1])
bisect.insort_left(recs, ("eve", 25), key=lambda r: r[1])
bisect.insort_right(recs, ("fay", 25), key=lambda r: r[1])
print(recs)
words = ["a", "bb", "ccc", "dddd"]
print(bisect.bisect(words, 2, key=len), bisect.bisect_left(words, 3, key=len))

# floats, strings, bounds
grades = [60, 70, 80, 90]
print(["FDCBA"[bisect.bisect(grades, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
names = sorted(["kiwi", "apple", "fig", "pear"])
print(names, bisect.bisect_left(names, "grape"), bisect.bisect_right(names, "fig"))
print(bisect.bisect_left([0.5, 1.5, 2.5], 1.5), bisect.bisect_right([0.5, 1.5, 2.5], 1.5))
d = [1, 3]
bisect.insort(d, 2, 0, 2)
bisect.insort_left(d, 0, hi=1)
print(d)

calls = []


class Probe:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v


probes = [Probe(i) for i in range(0, 20, 2)]
print(bisect.bisect_left(probes, Probe(7)), calls)

for f, args in [(bisect.bisect_left, (a, 2, -1)), (bisect.bisect_right, (a, 2, None)),
                (bisect.bisect, (a, 2, 0, 2.0)), (bisect.bisect, (5, 2)),
                (bisect.bisect_left, (a, "x")), (bisect.insort, ((1, 2), 3))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
