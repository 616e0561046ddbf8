# math: fsum, prod, hypot, dist and isclose.
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum([1, 2 ** 53, 1.0]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]))
print(math.fsum([1.0, 1e-300, -1.0]), math.fsum([-0.0, -0.0]), math.fsum([math.inf, 1]))
print(math.fsum([math.nan, 1]), math.fsum([math.inf, math.inf]), math.fsum([-math.inf, 5]))
print(math.fsum(x / 7 for x in range(1000)), math.fsum([1 / n for n in range(1, 10001)]))
print(math.fsum([0.3, 0.3, 0.3, -0.9]), math.fsum([1e308, -1e308, 1e308]))
print(math.fsum((-1) ** k * 1.0 / (2 * k + 1) for k in range(10000)) * 4)
vals = [((i * 7919) % 1009 - 504) * 10.0 ** ((i * 37) % 41 - 20) for i in range(500)]
print(math.fsum(vals), math.fsum(sorted(vals)), math.fsum(reversed(vals)))

print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([2] * 70))
print(math.prod([1.5, 2]), math.prod([2, 0.5, 4]), math.prod(range(1, 10), start=2))
print(math.prod([3, 4], start=0.5), math.prod(['ab'], start=3), math.prod([[1]], start=2))
print(math.prod([True, True]), math.prod([2 ** 62, 4]), math.prod((1 / 3 for _ in range(5))))

print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-3, -4, 12))
print(math.hypot(*range(20)), math.hypot(0.1, 0.2, 0.3), math.hypot(1, 2 ** 60))
print(math.dist((1, 2), (4, 6)), math.dist([1, 2, 3], [4, 5, 6]), math.dist([], []))
print(math.dist(iter([1.5]), [3]), math.dist((0.1, 0.2), (0.3, 0.4)), math.dist([1e308], [-1e308]))

for a, b in [(1.0, 1.0 + 1e-9), (1.0, 1.0 + 1e-8), (0.0, 0.0), (0.0, 1e-300),
             (math.inf, math.inf), (math.inf, -math.inf), (math.nan, math.nan), (1e10, 1e10 + 1)]:
    print("isclose", a, b, math.isclose(a, b), math.isclose(a, b, rel_tol=1e-6),
          math.isclose(a, b, abs_tol=1e-299), math.isclose(a=a, b=b))
