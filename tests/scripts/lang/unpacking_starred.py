# Starred unpacking targets and starred expressions.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
head, *middle, tail = "abcdef"
print(head, middle, tail)
a, *b = [1]
print(a, b)
*c, = range(3)
print(c)
x, *y, z = 1, 2
print(x, y, z)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for one, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(one, others)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
combined = [*range(3), *"ab", *[None]]
print(combined)
t = (*[1, 2], 3)
print(t)
s = {*[1, 2], *[2, 3]}
print(sorted(s))
d = {**{"a": 1}, "b": 2, **{"c": 3, "a": 0}}
print(d)
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*[], "only")
def f(*args):
    return args
print(f(*[1, 2], *(3,), 4))
nested = [[1, 2], [3, 4, 5]]
for first, *rest in nested:
    print(first, rest)
first, *_ = "hello"
print(first)
*_, last_char = "hello"
print(last_char)
matrix = [[1, 2, 3], [4, 5, 6]]
print([*zip(*matrix)])
a, *b, c, d = range(10)
print(a, b, c, d)
*m, n = "x"
print(m, n)
words = "the quick brown fox".split()
head, *mid, end = words
print(head, len(mid), end)
print([*{"k1": 1, "k2": 2}], [*{}.items()])
