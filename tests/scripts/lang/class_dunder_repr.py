# __repr__ and __str__.
class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Both(%r)" % (self.v,)
    def __str__(self):
        return "Both with " + str(self.v)
class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"
class StrOnly:
    def __str__(self):
        return "str-only"
b = Both("x")
print(b)
print(str(b), repr(b))
print([b], (b,), {"k": b})
print("%s | %r" % (b, b))
print("{} | {!r}".format(b, b))
print(f"{b} | {b!r}")
r = ReprOnly()
print(r, str(r), repr(r), [r])
s = StrOnly()
print(s, str(s))
print(repr(s).startswith("<__main__.StrOnly object at "))
print([s][0] is s)
class Nested:
    def __init__(self, children):
        self.children = children
    def __repr__(self):
        return "Nested(%r)" % (self.children,)
print(Nested([Nested([]), Nested([Both(1)])]))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)
    def __repr__(self):
        return "Money(%d)" % self.cents
wallet = [Money(150), Money(99), Money(10000)]
print(wallet)
for m in wallet:
    print(m)
print(", ".join(str(m) for m in wallet))
print(str(Money(5)) + "!", format(Money(7)), "{:>8}".format(str(Money(7))))
class Inherit(Both):
    pass
print(Inherit(2), repr(Inherit(2)))
print(type(b), Both)
