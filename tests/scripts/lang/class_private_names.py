# Private name mangling: __name inside a class becomes _Class__name.
class A:
    __x = 1
    def __init__(self):
        self.__y = 2
    def get(self):
        return self.__x, self.__y
    def __private_method(self):
        return "private"
    def call(self):
        return self.__private_method()
a = A()
print(a.get(), a.call())
print(sorted(vars(a)), [k for k in vars(A) if "x" in k or "private" in k])
print(a._A__y, A._A__x, a._A__private_method())
print(hasattr(a, "__y"), hasattr(A, "__x"))
class B(A):
    def __init__(self):
        super().__init__()
        self.__y = 3
    def both(self):
        return self.__y, self._A__y
b = B()
print(sorted(vars(b)), b.both(), b.get())
class _Under:
    def __init__(self):
        self.__z = 1
print(sorted(vars(_Under())))
class Dunder:
    def __init__(self):
        self.__dunder__ = "not mangled"
print(sorted(vars(Dunder())))
def outside():
    class K:
        def m(self):
            __local = 5
            return __local
    return K().m()
print(outside())
class Nested:
    class Inner:
        def __init__(self):
            self.__n = 1
print(sorted(vars(Nested.Inner())))
try:
    a.__y
except AttributeError as e:
    print(type(e).__name__, e)
