# random: identical streams to CPython's Mersenne Twister for fixed seeds.
import random

for seed in [0, 1, 42, 2 ** 40 + 3, -7]:
    print("seed", seed)
    random.seed(seed)
    print(" random", [random.random() for _ in range(20)])
    random.seed(seed)
    print(" randint", [random.randint(1, 100) for _ in range(20)])
    random.seed(seed)
    print(" randrange", [random.randrange(10 ** 12) for _ in range(20)])
    random.seed(seed)
    print(" getrandbits", [random.getrandbits(70) for _ in range(20)])
    random.seed(seed)
    for _ in range(20):
        items = list(range(20))
        random.shuffle(items)
    print(" shuffle", items)
    random.seed(seed)
    print(" choice", [random.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(20)])
    random.seed(seed)
    print(" sample", [random.sample(range(100), 5) for _ in range(4)])
    random.seed(seed)
    print(" choices", [random.choices(range(10), k=5) for _ in range(4)])

# Interleaved calls on one stream, and seeding by other int sizes.
random.seed(12345)
print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200)])
for seed in [2 ** 32 - 1, 2 ** 32, 2 ** 64 + 1, 10 ** 30, -(10 ** 30), True, False]:
    random.seed(seed)
    print(seed, random.random(), random.randrange(-50, 50, 3), random.randint(-10 ** 20, 10 ** 20))
