# set operations (printing sorted() to avoid depending on order).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a < b, {1, 2} < a, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, a > {1}, a >= a)
print(a == {4, 3, 2, 1}, a != b, {1} == {1.0}, set() == set())
print(3 in a, 9 in a, 9 not in a)
print(len(a), len(set()), len({1, 1, 1, 2}))
print(sorted(set("mississippi")), sorted({x % 3 for x in range(10)}))
print(set(), {1, 2, 3}, {0, 1, 2}, set([3, 1, 2]) == {1, 2, 3})
print(sorted({"b", "c", "a"}), sorted({(1, 2), (0, 5)}))
print(sorted(set([1, 2]) | set([2, 3]) | set([9])))
c = {1, 2, 3}
c |= {4}
print(sorted(c))
c &= {2, 3, 4, 5}
print(sorted(c))
c -= {3}
print(sorted(c))
c ^= {4, 7}
print(sorted(c))
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({1} + {2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({1} | [2])
except TypeError as e:
    print(type(e).__name__, e)
words = ["apple", "banana", "apple", "cherry", "banana"]
unique = set(words)
print(len(unique), sorted(unique))
print(bool(set()), bool({0}))
print(sorted({1, 2, 3} - {2} | {5}))
print({1, 2}.isdisjoint({3}), {1, 2}.isdisjoint({2}))
print(max({5, 1, 9}), min({5, 1, 9}), sum({5, 1, 9}))
s = {10, 20}
t = s
t.add(30)
print(sorted(s), s is t)
print(sorted({True, 1, 1.0, 0, False}))
print(repr(set()), type({1}).__name__, type({}).__name__)
