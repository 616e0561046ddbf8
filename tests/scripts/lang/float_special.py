# inf, nan, and negative zero.
inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf, ninf, nan)
print(repr(inf), repr(nan), str(ninf))
print(float("Infinity"), float("-INF"), float("NaN"), float("  inf  "))
print(inf + 1, inf * 2, inf - inf, inf * 0, inf / inf)
print(-inf * -1, 1 / inf, -1 / inf)
print(inf > 1e308, ninf < -1e308, inf == inf, ninf == -inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
print(nan is nan, [nan] == [nan])
print(1.5e300 * 1e10, -1.5e300 * 1e10)
print(1e308 + 1e308)
z = -0.0
print(z, 0.0, z == 0.0, repr(z), str(z))
print(-0.0 * 1, 0.0 * -1, -0.0 + -0.0, -0.0 - 0.0)
print(abs(-0.0), -(0.0), -(-0.0))
print(round(-0.4), round(-0.0), round(-0.5))
print(int(-0.0))
print(max(inf, 5), min(ninf, -5), max(nan, 1), max(1, nan))
print(sorted([3.0, inf, -inf, 0.0, -1.0]))
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(round(inf))
except OverflowError as e:
    print(type(e).__name__, e)
print(hash(inf) == hash(float("inf")), hash(-0.0) == hash(0.0))
print(float("inf") == 2 ** 10000, float("inf") > 2 ** 10000)
print(bool(nan), bool(inf), bool(-0.0))
print(5 % inf, -5 % inf, 5 // inf)
print(str(1e400), str(-1e400))
print(nan in [nan], nan in [float("nan")])
print(float("-nan"))
print(0.0 == -0.0, 1 / 1e-320 > 1e300)
print(divmod(-0.0, 1.0))
