# Generator expressions.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in range(10) if x % 3 == 0))
print(list((x, y) for x in range(3) for y in range(x)))
print(any(x > 5 for x in [1, 2, 7]), all(x > 0 for x in [1, -1]))
print(sorted((c for c in "banana"), reverse=True))
print(tuple(str(i) for i in range(4)), set(x % 2 for x in range(10)))
print(dict((k, k * 2) for k in "ab"))
print(", ".join(word.capitalize() for word in "hello big world".split()))
evaluated = []
def track(x):
    evaluated.append(x)
    return x
lazy = (track(x) for x in range(3))
print(evaluated)
print(next(lazy), evaluated)
print(list(lazy), evaluated)
nums = [1, 2, 3]
gen = (n * 10 for n in nums)
nums.append(4)
print(list(gen))
x = 100
gen2 = (x + i for i in range(2))
x = 200
print(list(gen2))
try:
    (1 / n for n in [1, 0])
    print("creating is fine")
    list(1 / n for n in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    list(n for n in 5)
except TypeError as e:
    print(type(e).__name__, e)
matrix = [[1, 2], [3, 4], [5, 6]]
print(sum(sum(row) for row in matrix), list(v for row in matrix for v in row if v % 2))
first_big = next((v for v in [3, 8, 12, 20] if v > 10), None)
none_found = next((v for v in [1, 2] if v > 10), "none")
print(first_big, none_found)
g3 = (i for i in range(3))
print(list(zip(g3, g3)))
print(list(enumerate(c for c in "xy")))
def gen_func():
    return (i * 2 for i in range(3))
print(list(gen_func()))
print(min((abs(v), v) for v in [-3, 2, -1]))
total = 0
for v in (i ** 2 for i in range(1, 4)):
    total += v
print(total)
nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(js)) for i, js in nested])
