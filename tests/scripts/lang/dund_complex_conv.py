# complex numbers with user classes: __complex__, __index__/__float__ fallbacks,
# comparisons, arithmetic dispatch with __radd__, abs(), errors.
class Num:
    def __complex__(self): return 1 + 2j
    def __float__(self): return 2.5
class OnlyIndex:
    def __index__(self): return 3
class OnlyFloat:
    def __float__(self): return 0.5
print(complex(Num()), complex(OnlyIndex()), complex(OnlyFloat()), complex(1, 2), complex("3-4j"), complex())
class BadComplex:
    def __complex__(self): return 5
try:
    complex(BadComplex())
except TypeError as e:
    print(type(e).__name__, e)
class Nothing: pass
try:
    complex(Nothing())
except TypeError as e:
    print(type(e).__name__, e)
print((1 + 0j) == 1, 1j * 1j == -1, abs(-3 + 4j), -(1 + 1j), +(2j), (1 + 2j).conjugate(), (3 + 4j).real, (3 + 4j).imag)
for expr in [lambda: 1j < 2j, lambda: 1j >= 0, lambda: int(1j), lambda: float(1j)]:
    try:
        print(expr())
    except TypeError as e:
        print(type(e).__name__, e)
class R:
    def __radd__(self, o): return ("radd", o)
    def __rmul__(self, o): return ("rmul", o)
print(1j + R(), 2j * R())
print(hash(1 + 0j) == hash(1), repr(complex(0, -0.0)), f"{1.5 + 2j:.2f}", format(3j, ">8"))
