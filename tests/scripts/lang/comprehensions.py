# list / dict / set comprehensions.
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in "ab"])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([y for row in [[1, 2], [3], []] for y in row])
print([x if x % 2 else -x for x in range(6)])
print([c.upper() for c in "hello" if c not in "aeiou"])
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({word[0]: word for word in ["apple", "avocado", "banana"]})
print(sorted({x % 4 for x in range(20)}))
print(sorted({c for c in "mississippi"}))
print([i for i in []], {k: 1 for k in []}, {s for s in ""})
x = "outer"
result = [x for x in range(3)]
print(result, x)
print([n for n in range(30) if all(n % d for d in range(2, n)) and n > 1])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([len(w) for w in "the quick brown fox".split()])
print({i: [j for j in range(i)] for i in range(4)})
print([sum(r) for r in matrix], sum([v for r in matrix for v in r]))
counts = {}
[counts.__setitem__(ch, counts.get(ch, 0) + 1) for ch in "abca"]
print(counts)
print([(i, j) for i in range(4) if i % 2 for j in range(i)])
try:
    [1 / v for v in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print([undefined_in_comp for _ in range(1)])
except NameError as e:
    print(type(e).__name__, e)
class K:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
print(K.doubled)
print([[0] * 3 for _ in range(2)], [str(v) for v in (True, None, 1.5)])
text = "a=1;b=2;c=3"
print({kv.split("=")[0]: int(kv.split("=")[1]) for kv in text.split(";")})
print(sorted({(x, -x) for x in range(3)}))
print([i * j for i, j in zip([1, 2, 3], [4, 5, 6])])
print([e for e in enumerate("abc", 1)])
