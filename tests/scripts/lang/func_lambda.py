# Lambda expressions.
square = lambda x: x * x
print(square(5), square(-3), (lambda: "no args")())
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda *a: a)(1, 2), (lambda **k: k)(x=1))
print(list(map(lambda x: x * 2, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
print(sorted(["ccc", "a", "bb"], key=lambda s: len(s)))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(square.__name__, (lambda: 0).__name__)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for op in sorted(ops):
    print(op, ops[op](6, 3))
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(12)])
print((lambda x: (lambda y: x + y))(3)(4))
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print(cond(5), cond(0), cond(-5))
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
print(max([(1, "b"), (3, "a"), (2, "c")], key=lambda t: t[1]))
pair = lambda: (1, 2)
a, b = pair()
print(a, b)
nested = lambda x: [y * x for y in range(3)]
print(nested(4))
print(callable(square), type(square).__name__)
apply_twice = lambda f, x: f(f(x))
print(apply_twice(dbl, 3), apply_twice(lambda s: s + "!", "hi"))
print((lambda x, /, y, *, z=3: x + y + z)(1, 2))
try:
    square()
except TypeError as e:
    print(type(e).__name__, e)
