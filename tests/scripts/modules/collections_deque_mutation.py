# collections.deque under mutation and extension: iterators and the
# comparing methods noticing changes made by callbacks, which operations
# count as mutation, recursive reprs, and Python subclasses (own __init__,
# attributes, overrides, copies, reduce).
from collections import deque
import copy


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Mutator:
    """Compares equal (or not) and appends to a deque while comparing."""

    def __init__(self, d, result):
        self.d = d
        self.result = result

    def __eq__(self, other):
        self.d.append(0)
        return self.result

    def __lt__(self, other):
        return True

    def __repr__(self):
        return f"Mutator({self.result})"


for meth in ["count", "index", "remove", "__contains__"]:
    for result in [True, False]:
        d = deque([1, 2, 3])
        m = Mutator(d, result)
        attempt(f"{meth} {result}", lambda: (getattr(d, meth)(m), list(d)))
for result in [True, False]:
    d = deque([1, 2, 3])
    e = deque([Mutator(d, result), 2, 3])
    attempt(f"== {result}", lambda: (d == e, list(d)))
    d = deque([1, 2, 3])
    e = deque([Mutator(d, result), 2, 3])
    attempt(f"< {result}", lambda: (e < d, list(d)))
    d = deque([1, 2, 3])
    e = deque([Mutator(e, result), 2, 3])
    attempt(f"in other {result}", lambda: (d != e, len(e)))
last = deque([5])
attempt("== last", lambda: last == deque([Mutator(last, True)]))


class Raiser:
    def __eq__(self, other):
        raise KeyError("boom")


attempt("count raises", lambda: deque([1, 2]).count(Raiser()))
attempt("in raises", lambda: Raiser() in deque([1]))
attempt("== raises", lambda: deque([1]) == deque([Raiser()]))


# Iteration while the deque changes.
def drain(it):
    out = []
    try:
        for x in it:
            out.append(x)
    except RuntimeError as e:
        out.append(f"{type(e).__name__}: {e}")
    return out


cases = {
    "append": lambda d: d.append(9),
    "appendleft": lambda d: d.appendleft(9),
    "pop": lambda d: d.pop(),
    "popleft": lambda d: d.popleft(),
    "extend []": lambda d: d.extend([]),
    "extend [1]": lambda d: d.extend([1]),
    "clear": lambda d: d.clear(),
    "rotate 0": lambda d: d.rotate(0),
    "rotate len": lambda d: d.rotate(len(d)),
    "reverse": lambda d: d.reverse(),
    "setitem": lambda d: d.__setitem__(0, "s"),
    "delitem": lambda d: d.__delitem__(0),
    "insert": lambda d: d.insert(1, "i"),
    "remove": lambda d: d.remove(3),
    "imul 1": lambda d: d.__imul__(1),
    "imul 2": lambda d: d.__imul__(2),
    "copy": lambda d: d.copy(),
    "count": lambda d: d.count(1),
    "init": lambda d: d.__init__([7]),
}
for name, change in cases.items():
    d = deque([1, 2, 3])
    fwd = iter(d)
    rev = reversed(d)
    next(fwd)
    next(rev)
    change(d)
    print(name, drain(fwd), drain(rev), fwd.__length_hint__())
for change in ["rotate", "clear"]:
    d = deque([1])
    it = iter(d)
    getattr(d, change)()
    print(change, "on one item", drain(it))
d = deque([1, 2])
it, rit = iter(d), reversed(d)
print(list(it), list(rit))
d.append(3)
print(drain(it), drain(rit))
d = deque()
it = iter(d)
d.clear()
d.extend([])
print(drain(it))
d = deque([1, 2, 3])
for x in d:
    if x == 1:
        d[2] = "changed"
    print(x, end=" ")
print()
d = deque(range(5))
try:
    for x in d:
        if x == 2:
            d.rotate()
except RuntimeError as e:
    print(type(e).__name__, e)

# Recursive reprs.
r = deque()
r.append(r)
print(r, repr(r))
r = deque([1], maxlen=3)
r.append(r)
print(r)
l = [1]
dl = deque([l])
l.append(dl)
print(dl, l)
outer = deque([deque([1, 2]), deque(maxlen=2)])
print(outer, str(outer), f"{outer}")


# Subclasses.
class Fifo(deque):
    def __init__(self, iterable=(), label="q"):
        super().__init__(iterable, 4)
        self.label = label

    def peek(self):
        return self[0]


q = Fifo([1, 2, 3], label="x")
q.append(4)
q.append(5)
print(q, q.label, q.peek(), len(q), bool(q), q.maxlen, isinstance(q, deque), type(q).__name__)
print(q.__dict__, q == deque([2, 3, 4, 5]), deque([2, 3, 4, 5]) == q, q + deque([6]))
print(type(q + deque([6])).__name__, type(q * 2).__name__, q * 2)
cp = q.copy()
print(type(cp).__name__, cp, cp.label, copy.copy(q).label, copy.deepcopy(q))
red = q.__reduce__()
print(red[0].__name__, red[1], red[2], list(red[3]))
q.extra = [1]
print(q.__reduce__()[2])


class Empty(deque):
    pass


emp = Empty("abc")
print(emp, repr(Empty()), Empty([1], 2), emp.__reduce__()[:3], emp.copy(), type(emp.copy()))
emp.x = 1
del emp.x
attempt("del missing attr", lambda: delattr(emp, "x"))
print(list(reversed(emp)), emp[1], emp.index("c"), "b" in emp, emp.count("a"))


class Lenient(deque):
    def __len__(self):
        return 42

    def __bool__(self):
        return False

    def __iter__(self):
        return iter("xyz")

    def __getitem__(self, i):
        return ("item", i)

    def __contains__(self, x):
        return True

    def __repr__(self):
        return "Lenient!"


le = Lenient([1, 2])
print(len(le), bool(le), list(le), le[0], 5 in le, repr(le), str(le), [le])
print(deque.__len__(le), deque.__repr__(le), deque.__iter__(le).__next__(), deque.__contains__(le, 5))


class BadCopy(deque):
    def __init__(self, *args):
        if args:
            raise ValueError("no args please")


attempt("bad copy", lambda: BadCopy().copy())
attempt("bad add", lambda: BadCopy() + deque())


class NotADeque(deque):
    def __new__(cls, *args):
        if args:
            return 5
        return super().__new__(cls)


attempt("not a deque", lambda: NotADeque().copy())


class WithState(deque):
    def __getstate__(self):
        return {"state": True}


print(WithState([1]).__reduce__()[2])


class Cmp(deque):
    def __eq__(self, other):
        return "custom eq"


print(Cmp([1]) == deque([1]), deque([1]) == Cmp([1]), Cmp() != deque([1]))
print(deque([1, 2]) == Empty([1, 2]), Empty([1]) < deque([2]))
