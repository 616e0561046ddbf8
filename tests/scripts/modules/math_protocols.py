# math: arguments through __float__, __index__ and the rounding dunders.
import math

class F:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return self.v
    def __repr__(self):
        return f"F({self.v})"

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class Rounds:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return "truncated"

class BadFloat:
    def __float__(self):
        return 1

print(math.sqrt(F(6.25)), math.sqrt(I(16)), math.exp(F(0.0)), math.log(I(100), F(10.0)))
print(math.floor(F(2.5)), math.ceil(F(2.5)), math.floor(I(3)), math.ceil(I(-3)))
print(math.floor(Rounds()), math.ceil(Rounds()), math.trunc(Rounds()))
print(math.hypot(F(3.0), I(4)), math.fsum([F(0.1), I(1), 0.2]), math.dist([F(1.0)], [I(4)]))
print(math.isclose(F(1.0), I(1)), math.ldexp(F(1.5), 3), math.pow(I(2), F(0.5)))
print(math.copysign(I(3), F(-0.0)), math.atan2(I(1), I(1)), math.fmod(F(7.5), I(2)))
print(math.nextafter(1.0, 2.0, steps=I(2)), math.prod([F(2.0)], start=1) if False else "-")
for expr in ["math.trunc(F(2.5))", "math.sqrt(BadFloat())", "math.factorial(F(3.0))",
             "math.gcd(I(4), F(2.0))", "math.ldexp(1.0, I(2))", "math.floor([])",
             "math.isqrt(F(4.0))", "math.log(BadFloat())"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!", type(e).__name__, e)

print(math.sqrt, math.floor.__name__, math.__name__)
names = sorted(n for n in dir(math) if not n.startswith("_"))
print(len(names) > 40, "fsum" in names, "pi" in names)
