# copy: deep copies of cyclic and shared structures (through lists, dicts,
# tuples and instances), identity-preserving atoms, hooks in cycles.
import copy

a = [1]
d = {"list": a, "again": a}
a.append(d)
c = copy.deepcopy(d)
print(c["list"] is c["again"], c["list"][1] is c, c["list"] is not a, c["list"][0], len(c))

t_inner = []
t = (t_inner, 5)
t_inner.append(t)
tc = copy.deepcopy(t)
print(type(tc).__name__, tc is not t, tc[0] is not t_inner, tc[0][0] is tc, tc[1])

ring = [[i] for i in range(4)]
for i in range(4):
    ring[i].append(ring[(i + 1) % 4])
rc = copy.deepcopy(ring)
print(rc[0][1] is rc[1], rc[3][1] is rc[0], rc[2][1][1][1] is rc[0], [x[0] for x in rc])

shared = {"k": [1, 2]}
tup = (shared, shared, [shared])
tc2 = copy.deepcopy(tup)
print(tc2[0] is tc2[1], tc2[2][0] is tc2[0], tc2[0] is not shared, tc2 == tup)
atoms = (1, "s", None, 2.5, True, b"b", range(3), len, int, Ellipsis, NotImplemented, frozenset({1}))
ac = copy.deepcopy(atoms)
print(ac is atoms, [x is y for x, y in zip(ac, atoms)])
mixed = (1, [2])
mc = copy.deepcopy(mixed)
print(mc is mixed, mc[1] is mixed[1], mc == mixed, copy.copy(mixed) is mixed)
tp = (1, 2)
print(copy.copy([1, [2]])[1] is not None, copy.deepcopy(tp) is tp, copy.deepcopy(tp) == tp)


class Person:
    def __init__(self, name):
        self.name = name
        self.friends = []
        self.meta = {"owner": self}


p1, p2 = Person("ann"), Person("bob")
p1.friends.append(p2)
p2.friends.append(p1)
group = [p1, p2]
g = copy.deepcopy(group)
print(g[0].friends[0] is g[1], g[1].friends[0] is g[0], g[0].meta["owner"] is g[0], g[0] is not p1)
print(g[0].name, g[1].name, [f.name for f in g[0].friends])
sh = copy.copy(p1)
print(sh is not p1, sh.friends is p1.friends, sh.meta["owner"] is p1)


class Singleton:
    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self


s = Singleton()
print(copy.deepcopy([s, s])[0] is s, copy.copy(s) is s, copy.deepcopy({"s": s})["s"] is s)


class Counted:
    made = 0

    def __init__(self, payload):
        self.payload = payload

    def __deepcopy__(self, memo):
        Counted.made += 1
        new = Counted.__new__(Counted)
        memo[id(self)] = new
        new.payload = copy.deepcopy(self.payload, memo)
        return new


cself = Counted(None)
cself.payload = [cself, cself]
cc = copy.deepcopy([cself, cself, {"x": cself}])
print(Counted.made, cc[0] is cc[1], cc[2]["x"] is cc[0], cc[0].payload[0] is cc[0])


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


sl = Slotted()
sc = copy.deepcopy(sl)
print(sc.a, sc.a is not sl.a, hasattr(sc, "b"), copy.copy(sl).a is sl.a)
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo, memo[id(x)] is y[0], copy.deepcopy(x, memo) is y[0])
pre = {id(x): "replaced"}
print(copy.deepcopy([x, 3], pre))
big = current = []
for _ in range(200):
    nxt = []
    current.append(nxt)
    current = nxt
bc = copy.deepcopy(big)
depth = 0
while bc:
    bc = bc[0]
    depth += 1
print(depth)
sd = {1: set(), 2: frozenset([(1, 2)])}
sd[1].add((3, 4))
sdc = copy.deepcopy(sd)
print(sdc, sdc[1] is not sd[1], sdc[2] is sd[2] or "frozenset copied")
try:
    itc = copy.deepcopy(iter([1, 2]))
    print("iterator copied", type(itc).__name__, list(itc))
except TypeError as e:
    print(type(e).__name__, e)
