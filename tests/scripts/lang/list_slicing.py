# List slicing, slice assignment and deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[::-1], a[8:2:-2], a[-2:-8:-3])
print(a[5:100], a[100:], a[-100:2], a[3:3])
b = a[:]
b[0] = 99
print(a[0], b[0])
a[2:4] = ["x", "y", "z"]
print(a)
a[:2] = []
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:1] = ["ins"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del a[::3]
print(a)
del a[1:3]
print(a)
del a[-1]
print(a)
del a[:]
print(a)
c = [1, 2, 3, 4, 5]
c[1:4] = "ab"
print(c)
c[-1:] = range(3)
print(c)
c[::-1] = list(range(len(c)))
print(c)
d = [0, 1, 2, 3, 4, 5, 6]
d[5:2:-1] = ["a", "b", "c"]
print(d)
del d[5:2:-1]
print(d)
e = [1, 2, 3]
e[10:20] = [4]
print(e)
e[-10:1] = [0]
print(e)
try:
    e[10] = 5
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    print(e[10])
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    del e[10]
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    e["x"]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e[1:2] = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
f = [1, 2, 3, 4]
f[1:3] = f
print(f)
g = list(range(20))
print(g[3:17:4], g[-1:-20:-5], g[::7])
h = [[0] * 2] * 2
h[0][0] = 1
print(h)
k = [[0] * 2 for _ in range(2)]
k[0][0] = 1
print(k)
