# Keyword-only and positional-only parameters.
def kw(a, *, b, c=3):
    return (a, b, c)
print(kw(1, b=2), kw(1, b=2, c=4), kw(a=1, b=2))
try:
    kw(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw(1)
except TypeError as e:
    print(type(e).__name__, e)
def pos(a, b, /, c, d=4):
    return (a, b, c, d)
print(pos(1, 2, 3), pos(1, 2, c=3), pos(1, 2, 3, d=5))
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pos(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
def full(p1, p2=20, /, pk=30, *, k1, k2=50):
    return p1, p2, pk, k1, k2
print(full(1, k1=4))
print(full(1, 2, 3, k1=4, k2=5))
print(full(1, pk=3, k1=4))
try:
    full(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
def pos_kwargs(a, /, **kw):
    return a, kw
print(pos_kwargs(1, a=2))
def only_pos(x, /):
    return x * 2
print(only_pos(21))
try:
    only_pos(x=1)
except TypeError as e:
    print(type(e).__name__, e)
def star_kw(*args, sep=" "):
    return sep.join(str(a) for a in args)
print(star_kw(1, 2, 3), star_kw(1, 2, 3, sep="-"))
try:
    star_kw(1, sep2="-")
except TypeError as e:
    print(type(e).__name__, e)
def required_kw(*, name):
    return "hi " + name
print(required_kw(name="x"))
try:
    required_kw()
except TypeError as e:
    print(type(e).__name__, e)
try:
    required_kw("x")
except TypeError as e:
    print(type(e).__name__, e)
def two_kw(*, a, b):
    return a + b
try:
    two_kw()
except TypeError as e:
    print(type(e).__name__, e)
lam = lambda x, /, y, *, z: (x, y, z)
print(lam(1, 2, z=3), lam(1, y=2, z=3))
print(kw.__kwdefaults__, full.__defaults__, full.__kwdefaults__)
print(full.__code__.co_argcount, full.__code__.co_kwonlyargcount, full.__code__.co_posonlyargcount)
