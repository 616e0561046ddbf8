# copy: __getstate__/__setstate__, __reduce__, __getnewargs__, exceptions,
# copy.replace and errors.
import copy


class State:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "expensive"

    def __getstate__(self):
        print("  getstate")
        return {"data": self.data}

    def __setstate__(self, state):
        print("  setstate", state)
        self.__dict__.update(state)
        self.cache = None


s2 = copy.deepcopy(State())
print(s2.data, s2.cache)


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.b, self.a))


r = copy.copy(Reduced(1, [2]))
print(r.a, r.b)


class WithNewArgs:
    def __new__(cls, n):
        obj = object.__new__(cls)
        obj.n = n
        return obj

    def __getnewargs__(self):
        return (self.n * 10,)


w = copy.copy(WithNewArgs(4))
print(w.n)

e = ValueError("bad", 2)
e.extra = [1]
ec = copy.copy(e)
ed = copy.deepcopy(e)
print(repr(ec), ec.extra is e.extra, repr(ed), ed.extra is e.extra, ec is e)


class Rec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __replace__(self, **changes):
        return Rec(changes.get("x", self.x), changes.get("y", self.y))


r3 = copy.replace(Rec(1, 2), y=5)
print(r3.x, r3.y)
for thing in [1, "s", [1]]:
    try:
        copy.replace(thing, x=1)
    except TypeError as ex:
        print("TypeError", ex)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
try:
    copy.deepcopy((x for x in []))
except TypeError as ex:
    print("TypeError", ex)
