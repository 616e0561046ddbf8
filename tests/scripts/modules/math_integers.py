# math: functions returning ints, exact over big ints.
import math

for v in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e15 + 0.5, -1e16, 1e20, -1e20,
          1e300, -2.0 ** 70, 7, -7, 2 ** 80, -(2 ** 80), True, False]:
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
print(math.floor(2 ** 1024), math.floor(1.7976931348623157e308) == 2 ** 1024 - 2 ** 971)

print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0))
print(math.gcd(12, 18, 27), math.gcd(2 ** 100, 2 ** 80 * 3), math.gcd(3 ** 50, 6 ** 40, 9 ** 30))
print(math.gcd(True, 4), math.gcd(2 ** 64 - 1, 2 ** 32 + 1), math.gcd(10 ** 30, 10 ** 20 + 10 ** 10))
print(math.lcm(), math.lcm(0), math.lcm(-4), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5))
print(math.lcm(2, 3, 4, 5, 6, 7, 8, 9, 10), math.lcm(2 ** 70, 3), math.lcm(10 ** 20, 15 ** 10))

for n in [0, 1, 2, 5, 10, 20, 21, 25, 50, 100]:
    print("factorial", n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10 ** 9 + 7), math.factorial(True))
print(sum(int(d) for d in str(math.factorial(1400))))

for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (52, 5), (100, 50), (0, 0), (1000, 3),
             (2 ** 64, 3), (2 ** 64, 2 ** 64 - 2), (300, 150)]:
    print("comb", n, k, math.comb(n, k))
for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (52, 5), (0, 0), (20, None), (2 ** 70, 2)]:
    print("perm", n, k, math.perm(n, k) if k is not None else math.perm(n))
print(math.perm(7), math.comb(True, True))

for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2 ** 52 - 1, 2 ** 53 + 1, 2 ** 64 - 1, 2 ** 64,
          10 ** 40, 10 ** 40 - 1, 2 ** 1000, 3 ** 500, True]:
    print("isqrt", n, math.isqrt(n))

class Five:
    def __index__(self):
        return 5

print(math.factorial(Five()), math.comb(Five(), 2), math.perm(Five(), 2), math.gcd(Five(), 15),
      math.lcm(Five(), 3), math.isqrt(Five()))
