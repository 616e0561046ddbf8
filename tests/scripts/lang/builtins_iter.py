# reversed, enumerate, zip, map, filter, any, all, iter, next.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(list(enumerate("abc")), list(enumerate(["x", "y"], start=1)), list(enumerate([], 5)))
print(list(enumerate("ab", -2)))
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2], "abcd")), list(zip()), list(zip([1])))
print(list(zip(range(3), range(3, 6), range(6, 9))))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [4, 5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [4, 5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(len, ["ab", ""])))
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(filter(str.isdigit, "a1b2")))
print(any([]), any([0, ""]), any([0, 1]), all([]), all([1, "a"]), all([1, 0]))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in range(1, 5)))
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
it2 = iter("xy")
print(next(it2), list(it2), list(it2))
print(list(iter(range(3))), iter(it2) is it2)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
m = map(lambda v: v * 2, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip("ab", [1, 2])
print(next(z), dict(z))
e = enumerate("pq")
print(next(e), next(e), next(e, "end"))
counter = [0]
def bump():
    counter[0] += 1
    return counter[0]
print(list(iter(bump, 4)))
print(type(reversed([])).__name__, type(enumerate([])).__name__, type(zip()).__name__,
      type(map(len, [])).__name__, type(filter(None, [])).__name__, type(iter([])).__name__)
d = {"a": 1, "b": 2}
print(list(reversed(d)), list(enumerate(d)), list(zip(d, d.values())))
print(sorted(map(abs, [-3, 1, -2])), sum(map(int, "123")))
print(list(map(lambda x: x, filter(lambda x: x % 2, range(10)))))
