# Sorting: sort(), sorted(), key, reverse, stability.
nums = [5, 3, 8, 1, 9, 2, 7]
print(sorted(nums), nums)
print(sorted(nums, reverse=True))
nums.sort()
print(nums)
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[::-1]))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs, key=lambda p: p[0]))
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
by_age = sorted(records, key=lambda r: r[1])
print(by_age)
by_age_desc = sorted(records, key=lambda r: r[1], reverse=True)
print(by_age_desc)
print(sorted("Hello World"))
print(sorted([3.5, 1, 2.25, -1, 0]))
print(sorted([]), sorted(()), sorted({3: 0, 1: 0, 2: 0}))
print(sorted(range(10), key=lambda x: x % 3))
print(sorted([-3, 2, -1, 4], key=abs))
print(sorted(["b", "A", "c", "B"], key=str.lower))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
data = [[3, "c"], [1, "a"], [2, "b"]]
data.sort(key=lambda row: row[0])
print(data)
data.sort(key=lambda row: row[1], reverse=True)
print(data)
s = [2, 1, 2, 1, 2]
s.sort(key=lambda x: 0)
print(s)
print(sorted([True, False, True]), sorted([[2], [1, 0], [1]]))
print(sorted(nums, key=None), sorted(nums, reverse=False))
x = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
x.sort(key=lambda v: v % 2 == 0)
print(x)
print(sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True))
