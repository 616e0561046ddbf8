"""Dict insert/lookup/iterate/delete with int and str keys."""
# quick: 40000
# default: 600000
import sys


def work(n):
    d = {}
    s = {}
    for i in range(n):
        d[i * 7 % n] = i
        s["k" + str(i)] = i * 3
    hits = 0
    total = 0
    for i in range(0, 2 * n, 3):
        if i in d:
            hits += 1
            total += d[i]
        total += s.get("k" + str(i), -1)
    for k, v in d.items():
        total = (total + k * v) % 1000000007
    for k in s:
        if k.endswith("7"):
            total += s[k]
    for i in range(0, n, 2):
        del d[i * 7 % n]
        s.pop("k" + str(i))
    counts = {}
    for k in s:
        c = k[-1]
        counts[c] = counts.get(c, 0) + 1
    merged = dict(d)
    merged.update({i: -i for i in range(n // 2)})
    total += sum(merged.values()) + len(merged)
    total += sum(v * ord(k) for k, v in counts.items())
    return (total % 1000000007) * 100000000 + len(d) * 10 + len(s) % 10


n = int(sys.argv[1]) if len(sys.argv) > 1 else 600000
print(f"checksum: {work(n)}")
