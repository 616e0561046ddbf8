# len, repr, str, type, isinstance, callable, list/tuple/dict/set/bool constructors.
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(4)), len(""))
print(repr(1), repr("s"), repr([1, "s"]), repr(None), repr(1.0), repr((1,)), repr({}))
print(str(1), str("s"), str([1, "s"]), str(None), str(1.0))
print(type(1), type("s"), type([]), type(()), type({}), type(set()), type(None), type(1.5), type(True))
print(type(len), type(lambda: 0).__name__, type(type), type(range(1)).__name__)
print(type(1) is int, type(True) is bool, type(True) is int)
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("s", str))
print(isinstance(1, (str, int)), isinstance([], (dict, tuple)), isinstance(None, type(None)))
print(isinstance(1, (str, (list, int))), isinstance(int, type), isinstance(3, object))
try:
    isinstance(1, "int")
except TypeError as e:
    print(type(e).__name__, e)
print(callable(len), callable(1), callable(int), callable("s"), callable(lambda: 0), callable(print))
print(list("ab"), list((1, 2)), list({"k": 1}), list(range(2)), list())
print(tuple([1]), tuple("ab"), tuple(), tuple({"x": 0}))
print(dict(a=1), dict([(1, 2)]), dict(), dict({1: 2}, b=3))
print(sorted(set([3, 1, 3])), set(), sorted(set("aba")))
print(bool(), bool(0), bool(""), bool("x"), bool([0]))
print(int(), float(), str(), list(), tuple(), dict(), set(), frozenset())
print(str(12.0), str(-0.5), str(1e-7))
print(type("x")("y"), int("7") + 1, type(3)(4.9))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(bool, int), issubclass(int, object), issubclass(str, (int, str)))
print(int.__name__, str.__name__, type(None).__name__, object.__name__)
print(repr(repr("x")), str(str("y")), repr(str(5)))
print(list(map(type, [1, "a", None]))[0] is int)
print(type(int), type(object), object)
