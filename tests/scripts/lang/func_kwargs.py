# Keyword arguments, *args and **kwargs.
def show(a, b, c):
    return "a=%r b=%r c=%r" % (a, b, c)
print(show(1, 2, 3))
print(show(c=3, a=1, b=2))
print(show(1, c=3, b=2))
print(show(*[1, 2, 3]))
print(show(*"xy", c="z"))
print(show(**{"a": 1, "b": 2, "c": 3}))
print(show(1, *(2,), **{"c": 3}))
def varargs(*args):
    return args
print(varargs(), varargs(1), varargs(1, "two", [3]))
print(type(varargs()).__name__)
def varkw(**kwargs):
    return kwargs
print(varkw(), varkw(x=1, y=2), varkw(**{"k": "v"}, z=0))
def both(first, *rest, **opts):
    return first, rest, opts
print(both(1), both(1, 2, 3), both(1, 2, flag=True), both(first=0))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(1, 2, 3, start=100), total())
def forward(*args, **kwargs):
    return both(*args, **kwargs)
print(forward("f", "r", k=1))
args = (1, 2)
kwargs = {"c": 3}
print(show(*args, **kwargs))
print(varargs(*range(5)), varargs(*[], *[1], *(2, 3)))
print(varkw(**{"a": 1}, **{"b": 2}))
d = {"sep": "-", "end": "!\n"}
print("x", "y", **d)
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
def mixed(a, b=2, *args, key="k", **rest):
    return [a, b, args, key, rest]
print(mixed(1))
print(mixed(1, 3, 4, 5, key="K", other=0))
print(mixed(a=1, key="only"))
print(max(3, 1, key=lambda v: -v), sorted([3, 1, 2], reverse=True))
def kwonly_after_star(*, x, y=2):
    return x * y
print(kwonly_after_star(x=5), kwonly_after_star(y=3, x=3))
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(*range(10), **dict.fromkeys("abc", 0)))
