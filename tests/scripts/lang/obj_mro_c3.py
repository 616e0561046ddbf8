# C3 linearisation: diamonds, __mro__, mro(), conflicts and their messages.
def names(cls):
    return [c.__name__ for c in cls.__mro__]

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(names(D))
print([c.__name__ for c in D.mro()])
print(D.__bases__ == (B, C), D.__base__.__name__)

# Classic textbook example (Wikipedia C3).
class O: pass
class X1(O): pass
class X2(O): pass
class X3(O): pass
class X4(O): pass
class X5(O): pass
class K1(X1, X2, X3): pass
class K2(X4, X2, X5): pass
class K3(X4, X1): pass
class Z(K1, K2, K3): pass
print(names(Z))

# Method resolution follows the MRO.
class Base:
    def who(self): return "Base"
class Left(Base):
    def who(self): return "Left>" + super().who()
class Right(Base):
    def who(self): return "Right>" + super().who()
class Bottom(Left, Right):
    def who(self): return "Bottom>" + super().who()
print(Bottom().who())
class Bottom2(Right, Left):
    def who(self): return "Bottom2>" + super().who()
print(Bottom2().who())

# Attribute lookup along the MRO.
class P: attr = "P"
class Q(P): pass
class R(P): attr = "R"
class S(Q, R): pass
print(S.attr, S().attr)

# Conflicts.
try:
    class Bad(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class E(A, object): pass
print(names(E))
try:
    class Bad2(object, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class F(B, C): pass
class G(C, B): pass
try:
    class H(F, G): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)

# Builtin-based MROs.
print(names(bool))
print(names(type))
print(names(object))
class MyList(list): pass
class MyList2(MyList): pass
print(names(MyList2))
class IntStr(int): pass
print(names(IntStr))
try:
    class Both(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)

# __mro__ is a tuple and read-only identity with mro().
print(type(D.__mro__).__name__, type(D.mro()).__name__, tuple(D.mro()) == D.__mro__)
print(D.__mro__[0] is D, D.__mro__[-1] is object)
print(issubclass(D, A), issubclass(A, D), issubclass(D, (int, C)))
# Deeper diamond
class T1: pass
class T2(T1): pass
class T3(T1): pass
class T4(T2): pass
class T5(T3): pass
class T6(T4, T5): pass
print(names(T6))
