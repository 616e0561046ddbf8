# for loops with else, break, continue, nested loops.
for i in range(3):
    print("i", i)
else:
    print("for-else runs", i)
for ch in "abc":
    if ch == "b":
        break
    print(ch)
else:
    print("not printed")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for i in range(6):
    if i % 2:
        continue
    print("even", i)
for x in []:
    print("never")
else:
    print("else on empty")
total = 0
for row in [[1, 2], [3, 4], [5]]:
    for v in row:
        total += v
print("total", total)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
found = None
for i in range(10):
    for j in range(10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)
lst = [1, 2, 3]
for item in lst:
    if item == 2:
        lst.append(4)
    print("item", item)
for i in range(3):
    pass
print("i after loop", i)
for _ in range(2):
    print("underscore loop")
for c in reversed("xyz"):
    print(c, end=" ")
print()
for i in range(3):
    i = 100
    print(i, end=",")
print()
res = []
for i in range(3):
    for j in range(3):
        if j > i:
            continue
        res.append((i, j))
print(res)
for s in ("a", "bb", "ccc"):
    print(s.upper() * len(s))
it = iter([1, 2, 3, 4])
for a in it:
    print("pair", a, next(it))
