# math: float structure and IEEE operations.
import math

for v in [0.0, -0.0, 1.0, -3.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 1e-310,
          math.inf, -math.inf, math.nan, 2 ** 60, True]:
    print("frexp/modf", repr(v), math.frexp(v), math.modf(v))
for x, e in [(1.0, 10), (0.5, -1073), (0.75, -1074), (1.0, -1075), (1.5, -1075),
             (1.0, 1023), (1.9, 1023), (3.0, -1024), (-2.5, -1060), (0.0, 2 ** 100),
             (1.0, -(2 ** 100)), (math.inf, -5), (math.nan, 3), (7, True)]:
    print("ldexp", x, e, math.ldexp(x, e))

for a, b in [(5, 3), (-5, 3), (5, -3), (5.5, 2), (-0.0, 1), (1, math.inf), (-1, -math.inf),
             (1e300, 1e-300), (7, 7), (math.nan, 1)]:
    print("fmod/remainder", a, b, math.fmod(a, b), math.remainder(a, b))
for a in [0.5, 1.5, 2.5, 3.5, -2.5, 4.5]:
    print("remainder ties", a, math.remainder(a, 1.0), math.remainder(a * 3, 2.0))

for x in [0.0, 1.0, -1.0, 1e300, 5e-324, 1.7976931348623157e308, math.inf, math.nan, 2 ** 52]:
    print("ulp", x, math.ulp(x))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0))
print(math.nextafter(0.0, 1.0, steps=3), math.nextafter(1.0, 2.0, steps=0), math.nextafter(-1.0, 1.0, steps=2 ** 70))
print(math.nextafter(2.0, 2.0), math.nextafter(math.nan, 1), math.nextafter(1.0, math.inf, steps=10))
print(math.nextafter(-0.0, 0.0), math.nextafter(5e-324, -1.0, steps=2), math.nextafter(1.0, -1.0, steps=2 ** 62))

print(math.fma(2, 3, 4), math.fma(0.1, 10, -1), math.fma(1e308, 10, -math.inf), math.fma(math.nan, 0, 1))
print(math.copysign(0.0, -1), math.copysign(math.nan, -1.0) != 0, math.fabs(-0.0), math.fabs(-2 ** 60))
print(math.degrees(math.pi / 3), math.radians(45), math.degrees(1), math.radians(-720))
print(math.isfinite(2 ** 1000), math.isinf(-1e308 * 10), math.isnan(0.0 * math.inf), math.isnan(5))
