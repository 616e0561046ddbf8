"""String building and formatting: f-strings, %-formatting, join, split, str methods."""
# quick: 15000
# default: 300000
import sys


def work(n):
    acc = 0
    lines = []
    for i in range(n):
        name = "item" + str(i % 97)
        s = f"{name:>10}|{i:08d}|{i * 1.5:.2f}|{i:x}"
        t = "%s-%d-%5.1f-%r" % (name, i, i / 7, name[:3])
        u = "-".join([name.upper(), name.lower(), str(i % 13)])
        parts = s.split("|")
        joined = ",".join(p.strip() for p in parts)
        r = joined.replace("item", "IT").title()
        if r.startswith("It") and u.endswith(str(i % 13)):
            acc += 1
        acc += len(s) + len(t) * 3 + len(u) * 5 + r.count("0") + t.find("-") + u.index("-")
        lines.append(t[::-1][:6])
        if len(lines) >= 100:
            block = "\n".join(lines)
            acc = (acc * 31 + len(block) + block.count("1")) % 1000000007
            lines = []
    tail = "".join(lines)
    return acc * 1000 + len(tail)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
print(f"checksum: {work(n)}")
