# functools.lru_cache / cache: hits, misses, eviction order, typed, keys, clear.
import functools as ft

calls = []


@ft.lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 1, 5, 1.0, 1, True, 3]:
    square(v)
print(calls)
info = square.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)
print(info[0], info[3], list(info), len(info), tuple(info) == (info.hits, info.misses, 3, 3))
print(type(info).__name__, info == (info.hits, info.misses, 3, 3), info._fields if hasattr(info, "_fields") else "")
print(square.cache_parameters(), square.__name__, square.__wrapped__(9))
square.cache_clear()
print(square.cache_info())


@ft.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


@ft.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(20), fact.cache_info(), fact.cache_parameters())

evicted = []


@ft.lru_cache(maxsize=2)
def ident(x):
    evicted.append(x)
    return x


for v in "abacbdcda":
    ident(v)
print(evicted, ident.cache_info())
try:
    fib([1])
except TypeError as e:
    print("TypeError", e)
info = ident.cache_info()
print(isinstance(info, tuple), type(info).__module__, info._replace(hits=0), info._asdict())
