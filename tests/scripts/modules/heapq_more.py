# heapq: nlargest/nsmallest (keys, ties, n edge cases), merge, max-heap API,
# and a long pseudo-random sequence of operations checked against CPython.
import heapq

seed = 2024


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 4) % n


data = [rnd(50) for _ in range(30)]
print(data)
for n in [0, 1, 2, 5, 29, 30, 31, -1]:
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
words = "pear fig apple kiwi plum date lime grape melon".split()
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(4, iter(words), key=lambda w: w[-1]))
print(heapq.nsmallest(4, iter(words), key=lambda w: w[-1]))
print(heapq.nsmallest(2, iter([])), heapq.nlargest(1, []), heapq.nsmallest(1, [3, 1, 2]))
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (2, "e")]
print(heapq.nsmallest(3, pairs, key=lambda p: p[0]), heapq.nlargest(3, pairs, key=lambda p: p[0]))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 6, 2], reverse=True)))
print(list(heapq.merge([(1, "x"), (2, "y")], [(1, "z")], key=lambda p: p[0])))
print(list(heapq.merge()), list(heapq.merge([1])), list(heapq.merge([], [2, 3])))
m = heapq.merge("ace", "bdf")
print(next(m), next(m), list(m))

mh = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush_max(mh, x)
print("max heap", mh)
print(heapq.heappop_max(mh), mh, heapq.heapreplace_max(mh, 0), mh)
print(heapq.heappushpop_max(mh, 100), heapq.heappushpop_max(mh, -3), mh)
mx = [1, 2, 3, 4, 5, 6, 7]
heapq.heapify_max(mx)
print(mx)

h = []
log = []
for step in range(300):
    op = rnd(4)
    if op == 0 or not h:
        heapq.heappush(h, rnd(100))
    elif op == 1:
        log.append(heapq.heappop(h))
    elif op == 2:
        log.append(heapq.heapreplace(h, rnd(100)))
    else:
        log.append(heapq.heappushpop(h, rnd(100)))
print(h)
print(log[-40:], len(log), sum(log))
big = [rnd(1000) for _ in range(200)]
heapq.heapify(big)
print(big[:40])
print(heapq.nlargest(10, big), heapq.nsmallest(10, big))
