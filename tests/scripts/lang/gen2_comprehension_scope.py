# Comprehension scoping: own scope, iteration variable doesn't leak, class-body rules,
# generator expressions' first iterable evaluated eagerly, closures over loop variables.
x = "global-x"
print([x for x in "ab"], x)
print({x: 1 for x in "cd"}, x)
print(sorted({x for x in "ef"}), x)
print(list(x for x in "gh"), x)

# Class body: names in the class are NOT visible inside comprehension bodies, except
# the outermost iterable, which is evaluated in the class scope.
class C:
    vals = [1, 2, 3]
    factor = 10
    doubled = [v * 2 for v in vals]           # outermost iterable: fine
    try:
        scaled = [v * factor for v in vals]   # factor not visible -> global lookup
    except NameError as e:
        err = f"{type(e).__name__}: {e}"
    pairs = [(a, b) for a in vals for b in range(a)]  # inner iterable uses comp scope
    try:
        bad_inner = [(a, b) for a in range(2) for b in vals]
    except NameError as e:
        err2 = f"{type(e).__name__}: {e}"
    gen_first = list(v for v in vals)
print(C.doubled, C.err, C.pairs, C.err2, C.gen_first)
print(hasattr(C, "v"), hasattr(C, "a"))

factor = "global-factor"
class D:
    factor = 3
    res = [factor for _ in range(2)]
print(D.res)

# Functions: comprehensions see enclosing function locals.
def f():
    k = 5
    return [k * i for i in range(3)], (lambda: [k for _ in "x"])()
print(f())

# Late binding of closures created in comprehensions vs default-arg capture.
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([fn() for fn in fs], [fn() for fn in gs])

# Generator expression: first iterable evaluated immediately, the rest lazily.
def src(tag, n):
    print("  evaluating", tag)
    return range(n)
ge = (a * b for a in src("outer", 2) for b in src("inner", 2))
print("created genexpr")
print(list(ge))
try:
    ge2 = (q for q in 5)
except TypeError as e:
    print("eager error:", type(e).__name__, e)
ge3 = (1 / q for q in [1, 0])
print(next(ge3))
try:
    next(ge3)
except ZeroDivisionError as e:
    print("lazy error:", type(e).__name__, e)

# Rebinding the iterable after genexpr creation doesn't affect it.
data = [1, 2, 3]
g = (d for d in data)
data = [9]
print(list(g))
# ... but mutating it does.
data = [1, 2]
g = (d for d in data)
data.append(3)
print(list(g))

# Nested comprehensions each have their own scope.
print([[y for y in range(x)] for x in range(4)])
print([(x, y) for x in range(3) if x for y in range(x) if y != 1])
# Comprehension inside comprehension referencing outer comprehension variable.
print({k: [k * j for j in range(3)] for k in "ab"})
# Assignment expression in comprehension binds in enclosing scope.
total = 0
print([total := total + n for n in range(5)], total)
def g2():
    [last := n for n in "xyz"]
    return last
print(g2())
# Comprehension variable shadows global only inside.
n = "N"
print([n for n in range(2)], n)
# Comprehension in a method sees self via closure, not class attrs.
class E:
    attr = "class-attr"
    def m(self):
        return [self.attr + str(i) for i in range(2)]
print(E().m())
# Using a name defined later in the enclosing function.
def later():
    fn = lambda: [w for _ in range(1)]
    w = "late"
    return fn()
print(later())
# locals() inside comprehension (PEP 709 inlining: comprehension's locals include outer).
def loc():
    a = 1
    return [sorted(locals()) for b in range(1)]
print(loc())
# Async comprehension syntax can't appear outside async (compile error test)
try:
    compile("[x async for x in y]", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
# dict comprehension evaluation order: key then value
print({print("k", i) or i: print("v", i) or i for i in range(2)})
# Unpacking in comprehension targets.
print([a + b for a, b in [(1, 2), (3, 4)]], [h for h, *t in ["abc", "de"]], {k: v for (k, v) in zip("ab", (1, 2))})
