# complex: literals, constructor rules and string syntax, repr of tricky
# parts, format specs, hashing, comparison, mixed int/float arithmetic,
# the power algorithm (integer fast path and polar form), and errors.
inf = float("inf")
nan = float("nan")


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return f"{type(e).__name__}: {e}"


# literals and operators
print(1 + 2j, 2j * 3.5, True + 1j, -(1j), +(2j), abs(3 + 4j), 1j.real, 1J, 0j, -0j)
print((1 + 2j) ** 2, 2 ** 1j, 1j ** 2, 1j == 1j, 1j != 2, complex(1, 2) == 1 + 2j)
print(0j == 0, 1 + 0j == 1.0, 1 + 0j == 1, 1 + 0j == True, 1j == "j", 1j != None)
print(complex(2 ** 53 + 1, 0) == 2 ** 53 + 1, complex(nan) == complex(nan), 10 ** 20 * 1j)
print(type(1j), isinstance(2j, complex), complex.__name__, type(1j).__mro__)

# repr: signed zeros, inf/nan, shortest floats
for re, im in [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (1e300, 1e-300),
               (nan, inf), (-inf, nan), (1e16, 1e-5), (0.1, 0.2), (1 / 3, -2 / 3),
               (123456789012345678, 0), (5e-324, -1.7976931348623157e308), (2.5, 0.0)]:
    z = complex(re, im)
    print(repr(z), str(z), z.real, z.imag)

# constructor
class Num:
    def __complex__(self):
        return 1 + 2j


class OnlyIndex:
    def __index__(self):
        return 7


class OnlyFloat:
    def __float__(self):
        return 0.25


class BadComplex:
    def __complex__(self):
        return 5


class BadFloat:
    def __float__(self):
        return 1


class Plain:
    pass


# (complex parts in the two-argument form are deprecated: they warn, and
# rspy has no warnings machinery yet, so they are left out here)
for args in [(), (1,), (1.5,), (True,), (1, 2), (1.5, -2.5), (Num(),), (OnlyIndex(),), (OnlyFloat(), OnlyIndex()), ("3-4j",),
             (BadComplex(),), (BadFloat(),), (Plain(),), (None,), (b"1",), ([],),
             ("1", 2), (1, "2"), (None, 1), (1, None), (10 ** 400,), (1, 2, 3)]:
    print(attempt(lambda: complex(*args)))
for kw in [dict(real=1), dict(imag=2), dict(real=1, imag=2), dict(real="1"), dict(x=1)]:
    print(kw, attempt(lambda: complex(**kw)))
print(attempt(lambda: complex(1, real=2)))
for x in [1, 2.5, 3j, Num(), "1", None]:
    print(attempt(lambda: complex.from_number(x)))

# strings
for s in ["1+2j", " (1-2.5e3j) ", "inf", "nanj", "-infj", "+j", "-j", "J", "1+j", "1-J",
          "1e5", "1_000+2_0j", "1__0j", "_1j", "(1+2j", "1+2j)", "()", "", "1 + 2j", "1+2jj",
          "infinityj", "INFINITY-NANj", "1e", "1e+j", ".5j", "5.j", ".j", "1e500j",
          "\u0661+\u0662j", "\u20031j\u2003", "1+2j\x00", "0x1j", "1j+1", " ( 1j ) ", "((1j))"]:
    print(repr(s), attempt(lambda: complex(s)))

# attributes and methods
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), z.__getnewargs__(), z.__complex__() is z, complex.conjugate(1j))
print(attempt(lambda: setattr(z, "real", 1)), attempt(lambda: z.foo))
print(bool(0j), bool(1j), bool(complex(0.0, -0.0)), not 0j, 1j or 2)

# hashing: equal numbers hash alike
print(hash(1j), hash(1 + 1j), hash(complex(1.5, -2.25)), hash(complex(-1, 0)), hash(complex(0, -1)))
print(hash(1.5 + 0j) == hash(1.5), hash(2 ** 70 + 0j) == hash(2 ** 70), hash(0j), hash(complex(1e300, 1e300)))
print({1j: "a", 1 + 0j: "b", 1: "c"}, 1j in {1j}, {0j, 0, 0.0, False}, [1j, 2j].index(2j))

# comparison
for f in [lambda: 1j < 2j, lambda: 1j <= 1, lambda: 2 > 1j, lambda: sorted([2j, 1j]),
          lambda: (1j).__lt__(2j), lambda: (1j).__eq__("x"), lambda: (1 + 0j).__eq__(10 ** 400)]:
    print(attempt(f))

# mixed arithmetic keeps signed zeros (real operands have no imaginary part)
print(complex(1, -0.0) + 1.0, 1.0 + complex(1, -0.0), 2.0 - complex(1, 0.0), complex(0, -0.0) - 0.0)
print(complex(inf, 0) * 2.0, complex(inf, 0) * complex(2.0, 0), 1.0 / complex(inf, 1), 1 / complex(0, inf))
print(complex(inf, nan) * complex(1, 1), complex(inf, nan) / complex(1, 1), complex(1, 1) / complex(inf, nan))
print(1.5 / complex(3, 4), complex(1, 2) / complex(3, 4), complex(1, 2) / 3, 3 - 1j, 1j - 3, 3 * 1j)
acc = 1j
acc += 1
acc *= 2
acc -= 0.5
acc /= 2j
acc **= 2
print(acc, sum([1j, 2, 3.5]), sum([1j, 2j], 0j))

# powers: small integer exponents, polar form, floats with complex results
for base, exp in [(1 + 2j, 2), (1 + 2j, -3), (2, -1), (-2 + 0j, -1), (2j, -1), (1j, 100),
                  (1j, 101), (1 + 1j, -101), (1 + 1j, 1 + 1j), (1 + 2j, 0.5), (0j, 0), (0j, 0j),
                  (0j, 2), (0j, 2.5), (complex(nan, 0), 2), (complex(1e-200, 1e-200), 3.5)]:
    print(base, exp, attempt(lambda: base ** exp))
print((-8) ** (1 / 3), (-8.0) ** 0.5, pow(-2.0, 0.5), (-1) ** 0.5, (-4) ** -0.5, (-2) ** 1.5)

# errors
for f in [lambda: 1j / 0, lambda: 1j / 0.0, lambda: 1j / 0j, lambda: 1 / 0j,
          lambda: 0j ** -1, lambda: 0j ** 1j, lambda: complex(1e300, 1) ** 5,
          lambda: complex(inf, 0) ** 2.5, lambda: (-1e300) ** 2.5, lambda: (1e300 + 1j) ** (1e300 + 1j),
          lambda: abs(complex(1e308, 1e308)), lambda: abs(complex(inf, nan)),
          lambda: pow(1j, 2, 3), lambda: 1j // 2, lambda: 1j % 2, lambda: divmod(1j, 2),
          lambda: 2 // 1j, lambda: 1j + 10 ** 400, lambda: 1j + "a", lambda: ~1j, lambda: 1j & 1,
          lambda: int(1j), lambda: float(1j), lambda: round(1j), lambda: len(1j)]:
    print(attempt(f))
import math
import json
for f in [lambda: math.sqrt(1j), lambda: math.floor(1j), lambda: json.dumps(1j),
          lambda: json.dumps({"x": [1, 2j]})]:
    print(attempt(f))

# format
specs = ["", ".2f", "10", "<12", "^12", "*>14", "e", ".3e", "g", ".1g", "+", " ", "+.1f",
         "#g", "_.3f", ",", "n", "F", "E", ".0f", "z.1f", ".3", "010", "=10", "0<10",
         "d", "%", "s", ",.6,f"]
for z in [1.5 + 2j, 2j, -0j, complex(-0.0, 0.0), 1e20 - 1e-7j, complex(nan, -inf), 1.5 - 0.001j]:
    print(repr(z), [attempt(lambda: format(z, s)) for s in specs])
print(f"{1 + 2j!r:>12}|{3j:10.1f}|{-1j:^9}|", "{0.real} {0.imag}".format(3 + 4j), "%s %r" % (1j, 2j))

# subclass
class C(complex):
    def double(self):
        return self * 2


c = C(1, 2)
print(type(c).__name__, c, c.double(), type(c.double()).__name__, c + 1, c == 1 + 2j, complex(c), type(complex(c)).__name__)
