# math: erf/erfc/gamma/lgamma/sumprod and related special values and errors.
import math

for x in [0.0, 0.5, 1.0, -1.0, 2.5, 3.0, 6.0, -0.0, 1e-10, 27.0]:
    print(x, math.erf(x), math.erfc(x))
print(math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf), math.erf(math.nan))
for x in [1, 2, 5, 10, 0.5, 1.5, -0.5, -1.5, 20, 100.5, 1e-5, 171.5]:
    print(x, math.gamma(x), math.lgamma(x))
print([math.gamma(n) == math.factorial(n - 1) for n in range(1, 20)])
print(math.lgamma(1), math.lgamma(2), math.lgamma(-2.5), math.lgamma(1e300), math.lgamma(math.inf))
for bad in [0, -1, -2.0, -math.inf, 172, 1e308]:
    for fn in (math.gamma, math.lgamma):
        try:
            print(fn.__name__, bad, fn(bad))
        except (ValueError, OverflowError) as e:
            print(fn.__name__, bad, type(e).__name__, e)
print(math.gamma(math.inf), math.gamma(math.nan), math.lgamma(-math.inf))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([], []), math.sumprod([0.1] * 10, [1] * 10))
print(math.sumprod([1.5, 2], [2, 3]), math.sumprod([10 ** 20, 1], [10 ** 20, 1]), math.sumprod((1, 2), (True, False)))
print(math.sumprod([1e308, 1e308, -1e308], [1, 1, 1]) if False else "skip", math.sumprod([0.1, 0.2, 0.3], [1e16, 1, -1e16]))
for args in [([1, 2], [1]), ([1], "a"), (1, [1]), ([None], [1])]:
    try:
        print(math.sumprod(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2), math.exp2(10), math.exp2(0.5), math.expm1(1e-10), math.log1p(1e-10))
print(math.fma(2.0, 3.0, 4.0), math.fma(0.1, 10, -1), math.fma(1e308, 10, -math.inf))
try:
    math.fma(1e308, 10, 0)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.erf(0.1) + math.erfc(0.1), math.isclose(math.erf(1) + math.erfc(1), 1.0))
