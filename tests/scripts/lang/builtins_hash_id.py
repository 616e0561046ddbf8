# hash() of numbers and tuples, id() identity comparisons.
print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(10 ** 6))
print(hash(True), hash(False), hash(True) == hash(1))
print(hash(1.0) == hash(1), hash(2.5) == hash(2.5), hash(0.0) == hash(-0.0) == hash(0))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 64)))
print(hash(1.5), hash(0.5), hash(-0.5), hash(2.0 ** 70) == hash(2 ** 70))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash((1, (2, 3))) == hash((1.0, (2.0, 3.0))))
print(hash(None) == hash(None), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for bad in ([], {}, set(), [1, 2], {"a": 1}, (1, [2])):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
d = {1: "int one"}
d[1.0] = "float one"
d[True] = "bool one"
print(d, len(d))
s = {1, 1.0, True, 2, 2.0}
print(sorted(s), len(s))
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c)
x = None
print(id(x) == id(None), id(True) == id(1 > 0))
def f():
    return a
print(id(f()) == id(a), id(f) == id(f))
class Obj:
    pass
o1 = Obj()
o2 = Obj()
print(id(o1) == id(o1), id(o1) == id(o2), type(id(o1)).__name__)
print(hash(o1) == hash(o1), type(hash(o1)).__name__)
print(isinstance(hash("any"), int))
print(hash(123456789) == 123456789, hash(-123) == -123)
print(hash(10 ** 30) == hash(10 ** 30), type(hash(10 ** 30)).__name__)
print(hash(float("inf")), hash(float("-inf")))
