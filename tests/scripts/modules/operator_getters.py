# operator: itemgetter, attrgetter (dotted names), methodcaller: results, reprs, errors.
import operator as op

ig = op.itemgetter(1)
print(ig([10, 20, 30]), ig("xyz"), ig({1: "one"}), repr(ig))
ig2 = op.itemgetter(0, -1, 1)
print(ig2("abcdef"), repr(ig2))
print(repr(op.itemgetter("k", slice(1, 3), (1, 2))))
print(op.itemgetter(slice(None, None, -1))([1, 2, 3]))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(0)))
print(list(map(op.itemgetter(0), rows)), max(rows, key=op.itemgetter(1)))


class Name:
    def __init__(self, first, last):
        self.first, self.last = first, last


class Person:
    def __init__(self, first, last, age):
        self.name = Name(first, last)
        self.age = age


people = [Person("ada", "lovelace", 36), Person("alan", "turing", 41), Person("grace", "hopper", 85)]
ag = op.attrgetter("age")
print([ag(p) for p in people], repr(ag))
dotted = op.attrgetter("name.last")
print([dotted(p) for p in people], repr(dotted))
multi = op.attrgetter("name.first", "age")
print([multi(p) for p in people], repr(multi))
print(sorted(people, key=op.attrgetter("name.last"))[0].name.first)
print(op.attrgetter("real", "imag")(3), op.attrgetter("__class__.__name__")(1.5))

mc = op.methodcaller("upper")
print(mc("abc"), repr(mc))
mc2 = op.methodcaller("split", ",", maxsplit=1)
print(mc2("a,b,c"), repr(mc2))
mc3 = op.methodcaller("replace", "a", "o", 1)
print(mc3("banana"), repr(mc3))
print(repr(op.methodcaller("get", "k", default=[1], other={"x": 1})))
print(list(map(op.methodcaller("count", "a"), ["aa", "b", "banana"])))
d = {"x": 1}
op.methodcaller("update", y=2)(d)
print(d)


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("itemgetter()", lambda: op.itemgetter())
attempt("attrgetter()", lambda: op.attrgetter())
attempt("attrgetter(1)", lambda: op.attrgetter(1))
attempt("attrgetter('a', 2)", lambda: op.attrgetter("a", 2))
attempt("methodcaller()", lambda: op.methodcaller())
attempt("methodcaller(1)", lambda: op.methodcaller(1))
attempt("missing item", lambda: op.itemgetter(5)([1]))
attempt("missing key", lambda: op.itemgetter("k")({}))
attempt("missing attr", lambda: op.attrgetter("name.middle")(people[0]))
attempt("missing method", lambda: op.methodcaller("nope")(1))
attempt("two args", lambda: op.itemgetter(0)([1], [2]))
attempt("no args", lambda: op.attrgetter("x")())
attempt("dots", lambda: repr(op.attrgetter("a..b")))
