# list methods.
a = [3, 1, 2]
a.append(4)
print(a)
a.extend([5, 6])
a.extend((7,))
a.extend("ab")
print(a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a = [1, 2, 3, 2, 1]
a.remove(2)
print(a)
print(a.index(1), a.index(1, 1), a.index(3), a.count(1), a.count(9))
try:
    a.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
b = a.copy()
b.append("x")
print(a, b)
b.reverse()
print(b)
b.clear()
print(b, len(b))
c = [5, 2, 8, 1]
print(c.sort(), c)
c.sort(reverse=True)
print(c)
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=len)
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=lambda w: w[-1], reverse=True)
print(words)
n = [1, [2, 3]]
m = n.copy()
m[1].append(4)
print(n, m, n[1] is m[1])
x = []
for i in range(5):
    x.append(i * i)
print(x, x.index(9), 16 in x, 15 in x)
x += [100]
print(x)
x *= 2
print(x, len(x))
print(list(), list("abc"), list(range(3)), list((1, 2)))
print([1, 2, 3].__len__(), [0] * 5)
e = [1, 2, 3]
e.extend(e)
print(e)
e[len(e):] = [9]
print(e)
