"""Generator pipelines: yield, yield from, send(), generator expressions."""
# quick: 150000
# default: 3000000
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens_then_odds(n):
    yield from range(0, n, 2)
    yield from (x for x in range(1, n, 2))


def scaled(source, k):
    for x in source:
        yield x * k


def filtered(source):
    for x in source:
        if x % 3 != 0:
            yield x


def windows(source, size):
    buf = []
    for x in source:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)


def chained(n):
    yield from filtered(scaled(numbers(n), 3 + 1))
    yield from evens_then_odds(n // 4)


def accumulator():
    total = 0
    while True:
        x = yield total
        total = (total * 31 + x) % 1000000007


def work(n):
    acc = accumulator()
    next(acc)
    last = 0
    count = 0
    for w in windows(chained(n), 5):
        last = acc.send(sum(w))
        count += 1
    sq = sum(x * x for x in filtered(numbers(n // 2)) if x & 1)
    nested = sum(sum(y for y in range(x % 10)) for x in range(n // 4))
    return (last * 1000 + count % 1000) + sq % 1000000007 + nested


n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
print(f"checksum: {work(n)}")
