# functools.lru_cache: typed caches, keyword-argument keys, maxsize 0 and
# negative, methods, bad arguments and unhashable calls.
import functools as ft


seen = []


@ft.lru_cache(maxsize=None, typed=True)
def typed(x, y=0):
    seen.append((x, y))
    return (x, y)


for args, kw in [((1,), {}), ((1.0,), {}), ((1,), {}), ((1,), {"y": 0}), ((1, 0), {}),
                 (("a",), {}), ((1,), {"y": 0})]:
    typed(*args, **kw)
print(seen, typed.cache_info())

kw_calls = []


@ft.lru_cache(maxsize=2)
def kw(a, b=1, **rest):
    kw_calls.append((a, b, rest))
    return a


kw(1, b=2, c=3)
kw(1, c=3, b=2)
kw(1, b=2, c=3)
print(kw_calls, kw.cache_info())

zero = ft.lru_cache(maxsize=0)(lambda x: x + 1)
print(zero(1), zero(1), zero.cache_info())
neg = ft.lru_cache(maxsize=-5)(abs)
print(neg(-2), neg.cache_info(), neg.cache_parameters())


class Acc:
    def __init__(self, base):
        self.base = base

    @ft.lru_cache(maxsize=8)
    def plus(self, n):
        return self.base + n

    def __hash__(self):
        return self.base


a1, a2 = Acc(10), Acc(20)
print(a1.plus(1), a1.plus(1), a2.plus(1), Acc.plus.cache_info())
for bad in ["x", 1.5]:
    try:
        ft.lru_cache(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    kw([1])
except TypeError as e:
    print("TypeError", e)
