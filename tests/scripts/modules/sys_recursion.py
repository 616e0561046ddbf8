# sys.getrecursionlimit / setrecursionlimit, and RecursionError from deep
# recursion being catchable with the interpreter still usable afterwards.
import sys

orig = sys.getrecursionlimit()
print(type(orig).__name__, orig >= 1000)
sys.setrecursionlimit(2500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(orig)
print(sys.getrecursionlimit() == orig)
for bad in [0, -5, "100", 1.5, None]:
    try:
        sys.setrecursionlimit(bad)
        print(repr(bad), "accepted")
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
print(sys.getrecursionlimit() == orig)
try:
    sys.setrecursionlimit()
except TypeError as e:
    print(type(e).__name__, e)

depth = 0


def down(n):
    global depth
    depth = n
    return down(n + 1)


sys.setrecursionlimit(300)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError), 150 < depth <= 300)
sys.setrecursionlimit(orig)
print("still alive", sum(range(10)))


def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)


print(ok(500))


class Node:
    def __init__(self, nxt):
        self.nxt = nxt

    def __repr__(self):
        return "Node(" + repr(self.nxt) + ")"


n = None
for _ in range(50000):
    n = Node(n)
try:
    repr(n)
except RecursionError as e:
    print("repr chain:", type(e).__name__)
lst = []
for _ in range(2000):
    lst = [lst]
print("nested list str:", len(str(lst)), str(lst)[:5], lst == lst)


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)
print("done")
