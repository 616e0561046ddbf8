# copy: __copy__/__deepcopy__ hooks, object graphs with back references, memo.
import copy


class Tracked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("  __copy__ called")
        return Tracked(("copied", self.v))

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo is dict:", type(memo) is dict)
        return Tracked(("deep", copy.deepcopy(self.v, memo)))


t = Tracked([1])
print(copy.copy(t).v, copy.deepcopy(t).v)
print(copy.deepcopy([t, t])[0].v)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
kid = root.add(Node("kid"))
kid.add(Node("grandkid"))
r2 = copy.deepcopy(root)
print(r2.name, r2 is root, r2.children[0].parent is r2, r2.children[0].children[0].parent is r2.children[0])

memo = {}
a = [1, 2]
first = copy.deepcopy(a, memo)
second = copy.deepcopy(a, memo)
print(first is second, first is a, id(a) in memo)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


c = Counter()
bound = copy.deepcopy(c.bump)
print(bound(), bound(), c.n, bound.__self__ is c, type(bound.__self__).__name__)
shallow = copy.copy(c.bump)
print(shallow(), c.n)
print(copy.deepcopy(Counter) is Counter, copy.copy(Counter.bump) is Counter.bump)
holder = {"obj": c, "same": c, "method": c.bump}
hc = copy.deepcopy(holder)
print(hc["obj"] is hc["same"], hc["obj"] is c, hc["method"].__self__ is hc["obj"], hc["method"](), c.n)
