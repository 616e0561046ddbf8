# min, max, sum, abs.
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max((7, 9)), min("hello"), max("hello"))
print(max([1, 5, 3], key=lambda x: -x), min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(max([], default="empty"), min([], default=None), max([2], default=0))
print(max("apple", "banana", key=len), min(3, 7, key=lambda v: v % 3))
print(max([1, 3, 3, 2], key=lambda v: v // 2), min([(1, "b"), (1, "a")]))
print(max(["aa", "bb", "c"], key=len), min(["aa", "bb", "c", "d"], key=len))
print(max({1: "a", 5: "b"}), min({"x": 1, "a": 2}.values()), max(range(10)))
print(max(1, 2.5), min(-1, -1.5), max(True, 0), max(2 ** 70, 1.0))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(5), start=100))
print(sum([0.1] * 10), sum([1, 2.5]), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([True, True, False]), sum(x * x for x in range(4)), sum([2 ** 64, 2 ** 64]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-(2 ** 100)), abs(True))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
scores = {"ann": 91, "bob": 78, "cy": 91, "di": 60}
print(max(scores, key=scores.get), min(scores, key=scores.get))
print(max(scores.items(), key=lambda kv: kv[1]), sorted(scores, key=scores.get, reverse=True))
print(min([3, 1, 2], key=None), max("a", "B", key=str.lower))
print(max([0.0, -0.0]), min([-0.0, 0.0]), max([float("nan"), 1.0]))
print(sum([1e100, 1.0, -1e100]), sum([10 ** 20, 1.5]))
