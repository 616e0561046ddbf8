# math: CPython's exception types and messages for bad arguments and values.
import math

cases = [
    "math.sqrt(-1)", "math.sqrt(-math.inf)", "math.sqrt('a')", "math.sqrt(None)",
    "math.sqrt(2 ** 10000)", "math.log(0)", "math.log(-1)", "math.log(0.0)",
    "math.log(-2.5)", "math.log(10, 0)", "math.log(10, 1)", "math.log(10, -1.5)",
    "math.log(-(2 ** 10000))", "math.log2(0)", "math.log10(-1)", "math.log1p(-1)",
    "math.log1p(-2)", "math.acos(2)", "math.asin(-1.5)", "math.acosh(0.5)",
    "math.atanh(1)", "math.atanh(-2)", "math.exp(1000)", "math.exp2(1025)",
    "math.expm1(710)", "math.cosh(1000)", "math.sinh(-1000)", "math.sin(math.inf)",
    "math.cos(-math.inf)", "math.tan(math.inf)", "math.pow(0, -1)", "math.pow(-1, 0.5)",
    "math.pow(10, 400)", "math.fmod(1, 0)", "math.fmod(math.inf, 1)",
    "math.remainder(1, 0)", "math.remainder(math.inf, 2)", "math.ldexp(1.0, 10000)",
    "math.ldexp(1.0, 2.0)", "math.ldexp('a', 2)", "math.factorial(-1)",
    "math.factorial(1.5)", "math.factorial(10 ** 20)", "math.isqrt(-1)",
    "math.isqrt(2.0)", "math.comb(-1, 2)", "math.comb(5, -1)", "math.comb(1.0, 2)",
    "math.comb(10 ** 20, 10 ** 19)", "math.perm(-1)", "math.perm(5, -2)",
    "math.perm(10 ** 20, 2 ** 64)", "math.floor(math.nan)", "math.floor(math.inf)",
    "math.ceil(-math.inf)", "math.trunc(math.nan)", "math.floor('a')",
    "math.trunc('a')", "math.trunc(None)", "math.gcd(1.5)", "math.gcd(2, 'x')",
    "math.lcm(2.0)", "math.fsum([math.inf, -math.inf])", "math.fsum([1e308, 1e308])",
    "math.fsum(['a'])", "math.fsum(3)", "math.fsum([2 ** 1024])", "math.hypot('a')",
    "math.hypot(2 ** 1024)", "math.dist([1], [1, 2])", "math.dist(1, 2)",
    "math.isclose(1, 1, rel_tol=-1)", "math.isclose(1, 1, abs_tol=-1)",
    "math.nextafter(1, 2, steps=-1)", "math.fma(math.inf, 0, 1)",
    "math.fma(1e308, 10, 0)", "math.prod(1)", "math.prod(['a'], start='')",
    "math.sqrt()", "math.sqrt(1, 2)", "math.sqrt(x=1)", "math.floor()",
    "math.ceil(1, 2)", "math.trunc()", "math.pow(1)", "math.pow(x=1, y=2)",
    "math.log()", "math.log(1, 2, 3)", "math.log(x=2)", "math.atan2(1)",
    "math.copysign(1, 2, 3)", "math.hypot(x=1)", "math.gcd(x=1)",
    "math.isclose(1)", "math.isclose(1, 2, 3)", "math.isclose(1, 2, rel=1)",
    "math.isclose(1, 2, rel_tol='a')", "math.isclose(1, b=2, a=3)",
    "math.factorial()", "math.comb(1)", "math.perm()", "math.perm(1, 2, 3)",
    "math.fsum()", "math.prod()", "math.prod([1], start=2, x=1)",
    "math.prod([1], x=1)", "math.dist(1)", "math.ldexp(1)", "math.isqrt()",
    "math.frexp()", "math.modf()", "math.degrees()", "math.isinf()",
    "math.nextafter(1)", "math.nextafter(1, 2, 3)", "math.fma(1, 2)",
    "math.ulp()", "math.fmod(1)", "math.remainder(1)",
]
for expr in cases:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!", type(e).__name__, e)
