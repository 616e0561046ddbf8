# List operators, comparisons and nesting.
a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, 2 * b, [] * 3, a * 0)
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], a > [1, 2], [1, 2] < [1, 2, 3])
print([1, "a"] == [1, "a"], [[1]] == [[1]], [1, 2] == [2, 1])
print([2] > [1, 100], [] < [0], [0] < [0, 0])
print(3 in a, 9 in a, [1] in [[1], 2], "a" not in a)
print(len(a), len([]), len([[1, 2], [3]]))
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1], m[1][2], m[-1][-1], [row[1] for row in m])
print([[m[r][c] for r in range(3)] for c in range(3)])
m[0][0] = "x"
print(m)
x = [1, 2]
y = x
y.append(3)
print(x, x is y)
z = x + []
z.append(4)
print(x, z)
x += [9]
print(y)
x = x + [10]
print(y, x)
nested = [1, [2, [3, [4, []]]]]
print(nested, nested[1][1][1])
print(str(nested), repr([None, True, 1.5, "s", (1,), {}]))
r = [1]
r.append(r)
print(r)
try:
    print([1] + (2,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] * [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < ["a"])
except TypeError as e:
    print(type(e).__name__, e)
print(max([3, 1, 2]), min([[2], [1, 5]]), sorted([[2, 1], [1, 2], [1]]))
print(list(map(len, [[1], [], [1, 2]])))
print([0] * 3 + [1] * 2)
total = 0
for item in [10, 20, 30]:
    total += item
print(total)
print([i for i in a], list(reversed(a)), a[::-1] == list(reversed(a)))
print(bool([]), bool([[]]), [] == [], [[]] == [[]])
big = list(range(1000))
print(sum(big), big[500], len(big[::3]))
