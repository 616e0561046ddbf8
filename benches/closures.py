"""Closures, nonlocal counters, lambdas and higher-order functions (map/filter/sorted keys)."""
# quick: 100000
# default: 2000000
import sys


def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count

    return inc


def make_adder(k):
    return lambda x: x + k


def compose(f, g):
    def h(x):
        return f(g(x))

    return h


def make_accumulator():
    items = []
    total = 0

    def add(x):
        nonlocal total
        items.append(x)
        total += x
        return total

    def stats():
        return len(items), total

    return add, stats


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def work(n):
    counters = [make_counter(s) for s in range(1, 6)]
    adders = [make_adder(k) for k in range(10)]
    add, stats = make_accumulator()
    mod = 1000003
    fns = [compose(adders[i % 10], lambda x, m=i: (x * 3 + m) % mod) for i in range(20)]
    acc = 0
    for i in range(n):
        c = counters[i % 5]()
        f = fns[i % 20]
        acc = (acc + f(c) + add(i & 15)) % 1000000007
        if i % 100 == 0:
            acc = (acc + apply_n(adders[i % 10], 10, i)) % 1000000007
    vals = list(map(lambda x: x * 2, filter(lambda x: x % 3, range(n // 10))))
    keyed = sorted(range(n // 10), key=lambda x: (x * 7919) % 1009)
    count, total = stats()
    return acc * 1000 + (sum(vals) + keyed[0] + keyed[-1] + count + total) % 1000


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
print(f"checksum: {work(n)}")
