# Tuples.
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], t[::-1], len(t))
print((), (1,), (1, 2), tuple(), tuple([4, 5]), tuple("ab"), tuple(range(3)))
one = 1,
print(one, type(one), type((1)))
print(t + (4, 5), t * 2, 2 * t, (0,) * 3)
print(t == (1, 2, 3), t < (1, 2, 4), t > (1, 2), (1, 2) < (1, 2, 0), () < (0,))
print(2 in t, 5 in t, t.count(2), t.index(3), (1, 1, 1).count(1))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(t[5])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(t + [4])
except TypeError as e:
    print(type(e).__name__, e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
mut = ([1], [2])
mut[0].append(10)
print(mut)
a, b, c = t
print(a, b, c)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash(([1], 2))
except TypeError as e:
    print(type(e).__name__, e)
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[0, 0])
print(max((3, 1), (2, 9)), min([(2, "b"), (2, "a")]), sorted([(2, 1), (1, 2)]))
print(repr((1, "a", None)), str(("x",)))
print(tuple(x * x for x in range(4)))
x = (1, 2)
y = x
x += (3,)
print(x, y)
print(bool(()), bool((0,)), bool(((),)))
print(list(enumerate(("a", "b"))))
print((1, 2, 3)[0:100], (1, 2, 3)[-100:1])
print(tuple(reversed(t)), sum(t), t * 0)
print((1, 2) == [1, 2], (1,) != (1.0,))
