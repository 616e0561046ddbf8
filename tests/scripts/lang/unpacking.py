# Sequence unpacking: tuple/list targets, nested, swap, for loops.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
[e, f] = (5, 6)
print(c, d, e, f)
x, y, z = "xyz"
print(x, y, z)
p, q = range(2)
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
((i, j), (k, l)) = ((1, 2), (3, 4))
print(i, j, k, l)
[r, [s, t]] = [1, [2, 3]]
print(r, s, t)
g = h = 7
print(g, h)
u, v = w = (8, 9)
print(u, v, w)
for num, letter in [(1, "a"), (2, "b")]:
    print(num, letter)
for idx, (key, val) in enumerate({"k": "v", "k2": "v2"}.items()):
    print(idx, key, val)
for (aa, bb), cc in [((1, 2), 3), ((4, 5), 6)]:
    print(aa + bb + cc)
d1 = {"one": 1}
key, = d1
print(key)
(single,) = [42]
print(single)
try:
    a, b = 1, 2, 3
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    a, b, c = 1, 2
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    a, b = 1
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    a, b = "abc"
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    (a, b), c = [1, 2], 3, 4
except ValueError as ex:
    print(type(ex).__name__, ex)
lst = [0, 0, 0]
lst[0], lst[2] = "first", "third"
print(lst)
obj = {}
obj["a"], obj["b"] = 10, 20
print(obj)
nums = [1, 2, 3]
i = 0
i, nums[i] = 1, "changed"
print(i, nums)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [1, 2]
x[0], x[1] = x[1], x[0]
print(x)
def pair():
    return "left", "right"
left, right = pair()
print(left, right)
coords = [(1, 2), (3, 4), (5, 6)]
xs = [cx for cx, cy in coords]
print(xs)
first, second = {"b": 2, "a": 1}
print(first, second)
q1, q2 = {5}, {6}
print(q1, q2)
