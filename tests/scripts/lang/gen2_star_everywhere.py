# Star expressions everywhere: calls, literals, assignment targets, for targets,
# return/yield of starred tuples, dict unpacking, errors.
def show(*args, **kw):
    return args, kw
xs = [1, 2, 3]
ys = (4, 5)
d1 = {"a": 1}
d2 = {"b": 2, "a": 10}
print(show(*xs, *ys, 0, *"ab"))
print(show(0, *xs, x=1, **d1))
print(show(**d1, **{"c": 3}, z=0))
print(show(*range(2), *{7: None}, *()))
try:
    show(**d1, **d2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(a=1, **d1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
# Literals.
print([*xs, *ys], (*xs,), {*xs, *ys, 1}, [*"hi", *[]], {**d1, **d2, "c": 3}, {**d2, **d1})
print(*xs, sep="-")
t = *xs, 9
print(t, type(t).__name__)
print([*range(3)] + [*(i * 2 for i in range(2))])
# Assignment targets.
a, *b = xs
*c, d = "hello"
e, *f, g = range(6)
h, *i = [1]
print(a, b, c, d, e, f, g, h, i)
(j, *k), l = "xyz", "w"
print(j, k, l)
[m, [n, *o]] = [1, [2, 3, 4]]
print(m, n, o)
first, *_, last = range(10)
print(first, last, _)
*p, = "abc"
print(p)
# Errors in unpacking.
for src in ["a, *b, c = [1]", "a, b = [1, 2, 3]", "a, b, c = 'ab'", "a, *b = 5", "*a, b, c = {}"]:
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for src in ["*a, *b = [1, 2]", "*a = [1]", "print(*)", "[*a for a in b]", "f(**x, *y)", "a = *b"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
# for targets with stars.
for head, *tail in ["abc", "de", "f"]:
    print(head, tail)
for (x, *rest), y in [((1, 2, 3), "p"), ((4,), "q")]:
    print(x, rest, y)
for i, (k, *v) in enumerate([(1, 2), (3, 4, 5)]):
    print(i, k, v)
print([tail for _, *tail in [(1, 2, 3), (4, 5)]])
print({h: t for h, *t in ["ab", "cde"]})
# return/yield of starred tuples (no parens needed since 3.8).
def ret():
    rest = (2, 3)
    return 1, *rest
def gen():
    rest = [8, 9]
    yield 7, *rest
    yield *rest, 10
print(ret(), list(gen()))
# Starred in subscript (PEP 646) and index tuples.
class Sub:
    def __getitem__(self, k): return k
s = Sub()
print(s[*xs], s[0, *ys], s[*"ab",])
# Star in del / with / return context
def kwonly(*, a, b=2): return a, b
print(kwonly(**{"a": 1}), kwonly(**{"a": 1, "b": 3}))
try:
    kwonly(*[1])
except TypeError as e:
    print(type(e).__name__, e)
# Unpacking of various iterables into calls.
print(show(*{"k": 1}.items()), show(*iter([1, 2])), show(*map(str, [1, 2])))
# Star args order: positional after *args.
print(show(1, *[2, 3], 4, *[5], k=6, **{"m": 7}))
# Mapping unpacking uses keys() + __getitem__.
class Mapping:
    def keys(self): return ["x", "y"]
    def __getitem__(self, k): return k * 2
print(show(**Mapping()), {**Mapping()})
# Nested starred in set/list with duplicates
print(sorted({*[1, 1, 2], *(2, 3)}))
# Starred assignment to attribute/subscript targets
class O: pass
o = O(); lst = [0, 0]
o.a, *lst[0:1], lst[1] = 1, 2, 3, 4
print(o.a, lst)
