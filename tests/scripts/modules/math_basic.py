# math: constants and the float functions on ordinary and special values.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1e308))
print(type(math.pi).__name__, math.tau == 2 * math.pi)

values = [0.0, -0.0, 0.5, 1, 2, -3, 10, 0.1, 1e-300, 1e300, 12345.678, True]
for name in ["sqrt", "exp", "exp2", "expm1", "fabs", "sin", "cos", "tan", "atan",
             "sinh", "cosh", "tanh", "asinh", "cbrt", "degrees", "radians"]:
    fn = getattr(math, name)
    out = []
    for v in values:
        try:
            out.append(repr(fn(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))

for v in [1, 1.0000001, 1.5, 2, 10, 1e10, 1e300]:
    print("acosh", v, math.acosh(v))
for v in [-0.99, -0.5, 0, 0.25, 0.75, 0.999999]:
    print("atanh/asin/acos", v, math.atanh(v), math.asin(v), math.acos(v))

for v in [1, 2, 8, 10, 100, 1000, 0.5, 1e-5, 2 ** 100, 10 ** 50, 2 ** 2000, 10 ** 400, 3 ** 1000]:
    print("log", math.log(v), math.log2(v), math.log10(v), math.log1p(v) if v < 1e300 else "-")
print(math.log(8, 2), math.log(100, 10), math.log(2 ** 3000, 2), math.log(10, 0.5), math.log(3 ** 1000, 3))
print(math.log(math.inf), math.log2(math.inf), math.log(math.nan))

print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(0, 0), math.pow(4, -0.5))
print(math.pow(math.inf, 0), math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-1, math.inf))
print(math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(-math.inf, 3), math.pow(-math.inf, 2))
print(math.pow(-math.inf, -3), math.pow(0.0, math.inf), math.pow(0.0, -math.inf))

print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0))
print(math.atan2(math.inf, math.inf), math.atan2(math.inf, -math.inf), math.atan2(1, math.inf), math.atan2(1, -math.inf))
print(math.atan2(math.nan, 1), math.atan2(5, 0))

print(math.hypot(3, 4), math.hypot(1, 1, 1, 1), math.hypot(), math.hypot(-7))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(math.inf, -1))
print(math.exp(709), math.exp(-745), math.exp(-746), math.sin(1e22), math.cos(1e22))
