# random: one stream consumed by a mix of methods in turn, module functions
# versus independent Random instances, and copy/state of instances.
import random

for seed in [3, 17, 2024, 65536, 10 ** 12]:
    random.seed(seed)
    out = []
    for i in range(6):
        out.append(round(random.random(), 12))
        out.append(random.randint(-5, 5))
        out.append(random.choice(["a", "b", "c", "d", "e"]))
        out.append(random.uniform(10, 20))
        out.append(random.randrange(0, 1000, 25))
        deck = list(range(8))
        random.shuffle(deck)
        out.append("".join(map(str, deck)))
        out.append(random.sample("abcdefghijk", 3))
    print(seed, out)

r1 = random.Random(5)
r2 = random.Random(5)
random.seed(5)
mixed = []
for i in range(10):
    mixed.append((r1.randint(0, 9), random.randint(0, 9)))
    r2.random()
print(mixed)
print(r1.random() == random.random(), r2.randint(0, 9))

gen = random.Random("seed-string")
print([gen.randrange(100) for _ in range(10)])
gen = random.Random(b"seed-bytes")
print([gen.choice("xyz") for _ in range(10)])
gen = random.Random(12.75)
print([gen.randint(1, 6) for _ in range(10)])

st = random.Random(77)
st.random()
snap = st.getstate()
first = [st.randrange(50) for _ in range(8)]
other = random.Random()
other.setstate(snap)
print(first, first == [other.randrange(50) for _ in range(8)])

pop = list(range(30))
r = random.Random(0)
for k in [0, 1, 5, 29, 30]:
    print(k, r.sample(pop, k))
print(r.sample(range(10 ** 6), 4), r.sample(list(range(5)), 2))
words = "the quick brown fox jumps over the lazy dog".split()
r.shuffle(words)
print(words)
print([r.randrange(7) for _ in range(20)])
print([r.randrange(1, 2) for _ in range(3)], [r.randint(4, 4) for _ in range(3)])
print([r.randrange(-10, 10, 4) for _ in range(10)], [r.randrange(100, 0, -7) for _ in range(5)])
print([round(r.uniform(-1, 1), 15) for _ in range(5)], r.uniform(3, 3))
print(r.choice(range(10 ** 15)), r.choice((None,)), r.getrandbits(1), r.getrandbits(128))
