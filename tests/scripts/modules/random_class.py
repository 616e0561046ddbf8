# random: Random instances, independence, module functions and subclasses.
import random

a = random.Random(10)
b = random.Random(10)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
c = random.Random()
d = random.Random()
print(c.random() != d.random(), isinstance(a, random.Random), random.Random.VERSION)
print(type(a).__name__, type(a).__module__, random.Random.__name__)
print(random.random.__name__, random.randint.__name__, random.Random.random.__name__)
print(callable(random.seed), callable(random.shuffle))

# The module functions share one hidden instance.
random.seed(3)
x = random.random()
random.seed(3)
print(x == random.random(), x == random.Random(3).random())

a.seed(5)
b.seed(6)
print(a.random() != b.random())
a = random.Random(x=8)
print(a.random() == random.Random(8).random())
print(random.Random(None).random() != random.Random(None).random())

# gauss_next is an instance attribute, as in CPython.
g = random.Random(1)
print(g.gauss_next)
g.gauss()
print(type(g.gauss_next).__name__)
g.seed(1)
print(g.gauss_next)

class Half(random.Random):
    def random(self):
        return 0.5

h = Half(1)
print(h.random(), h.randint(1, 10), h.randrange(100), h.choice("abcdef"))
print(h.uniform(0, 4), h.choices("abc", k=3), h.sample(range(10), 3))
print(h.gauss(), h.expovariate(2), h.triangular(0, 10, 5))

class Threes(random.Random):
    def getrandbits(self, k):
        return 3 % (2 ** k) if k else 0

t = Threes(1)
print(t.randint(1, 10), t.randrange(100), t.choice("abcdefgh"), t.random() < 1)

class Counting(random.Random):
    def __init__(self, x):
        self.calls = 0
        super().__init__(x)
    def seed(self, a=None):
        self.calls += 1
        super().seed(a)

cnt = Counting(4)
print(cnt.calls, cnt.random() == random.Random(4).random())

class Doubled(random.Random):
    def __init__(self, x):
        super().__init__(x * 2)

print(Doubled(21).random() == random.Random(42).random())

class Below(random.Random):
    def _randbelow(self, n):
        return n - 1

bb = Below(0)
print(bb.randint(1, 6), bb.choice("xyz"), bb.randrange(0, 10, 2))
items = [1, 2, 3, 4]
bb.shuffle(items)
print(items)

class Attrs(random.Random):
    pass

at = Attrs(9)
at.label = "mine"
print(at.label, at.random() == random.Random(9).random(), isinstance(at, random.Random))
