# heapq: push/pop/heapify keep CPython's exact heap layout; replace/pushpop; errors.
import heapq

data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 11, 10]
h = []
for x in data:
    heapq.heappush(h, x)
    print("push", x, h)
popped = []
while h:
    popped.append(heapq.heappop(h))
    print("pop", popped[-1], h)
print(popped == sorted(data))

h = list(data)
heapq.heapify(h)
print("heapify", h)
h2 = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(h2)
print("heapify desc", h2)
print("replace", heapq.heapreplace(h2, 10), h2)
print("replace small", heapq.heapreplace(h2, -1), h2)
print("pushpop big", heapq.heappushpop(h2, 100), h2)
print("pushpop small", heapq.heappushpop(h2, -5), h2)
print("pushpop empty", heapq.heappushpop([], 3))

# tuples: ties broken by the second field
t = []
for i, w in enumerate("the quick brown fox jumps over the lazy dog".split()):
    heapq.heappush(t, (len(w), w, i))
print(t)
print([heapq.heappop(t) for _ in range(len(t))])

# strings and floats
s = list("heapqueue")
heapq.heapify(s)
print(s)
f = [3.5, -1.25, 2.0, 2.0, float("inf"), -0.5]
heapq.heapify(f)
print(f, heapq.heappop(f), f)

for fn, a in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)),
              (heapq.heappush, ((), 1)), (heapq.heappop, ((1,),)),
              (heapq.heapify, ({1: 2},)), (heapq.heappushpop, ("ab", "c")),
              (heapq.heappush, ([1, 2], "x"))]:
    try:
        print(fn(*a))
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "Rev(%d)" % self.v


r = [Rev(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]]
heapq.heapify(r)
print(r)
print([heapq.heappop(r).v for _ in range(4)], r)
