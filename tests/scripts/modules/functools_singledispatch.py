# functools.singledispatch and singledispatchmethod: dispatch along the MRO,
# register forms, registry and dispatch(), errors.
import functools as ft

@ft.singledispatch
def describe(obj):
    """Describe an object."""
    return "object:" + type(obj).__name__

@describe.register(int)
def _(n):
    return "int:%d" % n

@describe.register(list)
@describe.register(tuple)
def _(seq):
    return "sequence of %d" % len(seq)

describe.register(str, lambda s: "str:" + s)
describe.register(dict, describe.registry[object])

class Animal:
    pass

class Dog(Animal):
    pass

class Puppy(Dog):
    pass

@describe.register(Animal)
def _(a):
    return "animal " + type(a).__name__

@describe.register(Dog)
def _(d):
    return "dog " + type(d).__name__

for value in [1, True, "x", [1, 2], (3,), {}, 2.5, None, Animal(), Dog(), Puppy()]:
    print(repr(value) if not isinstance(value, Animal) else type(value).__name__, describe(value))
print(describe.__name__, describe.__doc__, describe.__wrapped__(5))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(Puppy) is describe.dispatch(Dog))
print(describe.dispatch(float) is describe.registry[object], len(describe.registry))
print(sorted(cls.__name__ for cls in describe.registry))
try:
    describe()
except TypeError as e:
    print("TypeError", e)
try:
    describe.register(5, lambda x: x)
except TypeError as e:
    print("TypeError", e)

class Shape:
    def __init__(self, name):
        self.name = name

    @ft.singledispatchmethod
    def scale(self, factor):
        return "%s: cannot scale by %r" % (self.name, factor)

    @scale.register(int)
    def _(self, factor):
        return "%s x%d" % (self.name, factor)

    @scale.register(str)
    def _(self, factor):
        return "%s scaled by words: %s" % (self.name, factor)

sq = Shape("square")
print(sq.scale(3), "|", sq.scale("twice"), "|", sq.scale(2.5), "|", sq.scale(False))
print(Shape.scale.__name__ if hasattr(Shape.scale, "__name__") else "?")
