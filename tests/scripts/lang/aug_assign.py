# Augmented assignment on names, attributes and subscripts; misc statements.
x = 5; y = 10; z = x + y
print(x, y, z)
x += 1; x *= 3; x -= 2
print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
lst = lst + [4]
print(lst, alias, lst is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)
class Box:
    def __init__(self):
        self.n = 0
        self.items = []
b = Box()
b.n += 5
b.n **= 2
b.items += ["x"]
print(b.n, b.items)
d = {"k": 1}
d["k"] += 10
d["k"] //= 4
d.setdefault("new", 0)
d["new"] -= 1
print(d)
m = [[1, 2], [3, 4]]
m[1][0] *= 100
m[0] += [9]
print(m)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [10]
arr[idx()] += 5
print(arr, calls)
n = 0b1100
n &= 0b1010
n |= 0b0001
n ^= 0b1111
n <<= 2
n >>= 1
print(n, bin(n))
f = 7.5
f //= 2
f %= 2
print(f)
v = 2
v **= 10
v %= 1000
print(v)
total = 0
for i in range(1, 11):
    total += i
print(total)
if True: pass
for _ in range(2): pass
while False: pass
def noop(): pass
class Nothing: pass
print(noop(), Nothing.__name__)
long_expr = (1 +
             2 +
             3)
other = 1 + \
    2
print(long_expr, other)
a = b2 = c = "same"
print(a, b2, c, a is c)
cnt = {}
for w in "a b a c a".split():
    cnt[w] = cnt.get(w, 0) + 1
print(cnt)
try:
    undefined_counter += 1
except NameError as e:
    print(type(e).__name__, e)
def local_aug():
    k = 1
    k += 1
    return k
print(local_aug())
