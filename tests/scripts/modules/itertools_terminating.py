# itertools: accumulate, batched, chain, compress, dropwhile, filterfalse,
# groupby, pairwise, starmap, takewhile, zip_longest, tee.
import itertools as it

print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([], initial=7)))
print(list(it.accumulate([1, 2], initial=100)), list(it.accumulate("abc")), list(it.accumulate([])))
print(list(it.accumulate([1, 2, 3], func=lambda a, b: a * 10 + b, initial=0)))
print(list(it.batched("ABCDEFG", 3)), list(it.batched([], 2)), list(it.batched(range(4), 2)))
print(list(it.batched(range(4), 2, strict=True)), list(it.batched("ab", 5)))
print(list(it.chain("ab", [1, 2], (), range(2))), list(it.chain()), list(it.chain.from_iterable(["ab", "cd"])))
ch = it.chain([1], [2, 3])
print(next(ch), list(ch), list(ch))
print(list(it.chain.from_iterable(iter([range(2), "xy"]))), list(it.chain.from_iterable([])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress("AB", [1, 1, 1, 1])))
print(list(it.compress(range(10), it.cycle([0, 1]))))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])), list(it.dropwhile(bool, [1, 2])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 3, 8])), list(it.takewhile(bool, [])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a", None, []])))
print(list(it.pairwise("ABCDE")), list(it.pairwise("A")), list(it.pairwise([])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(lambda *a: a, ["ab", ()])))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest()))
print(list(it.zip_longest([1, 2], [3], [4, 5, 6])), list(it.zip_longest("a")))

print([(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")])
print([k for k, g in it.groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5, 7, 6], key=lambda x: x % 2)])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, len(list(g))) for k, g in it.groupby(words, key=lambda w: w[0])])
gb = it.groupby("aaabbc")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2), [k for k, _ in gb])
gb2 = it.groupby([1, 1, 2])
k, g = next(gb2)
print(k, next(g), next(gb2)[0], list(g))
print(list(it.groupby([])), [(k, list(g)) for k, g in it.groupby([1.0, 1, True, 2])])

a, b = it.tee("abcde")
print(next(a), next(a), list(b), list(a))
t3 = it.tee(iter(range(4)), 3)
print(len(t3), [list(x) for x in t3], it.tee("ab", 0))
src = iter([1, 2, 3])
x, y = it.tee(src)
print(next(x), next(y), next(x), list(y), list(x))
p, q = it.tee(it.count())
print(next(p), next(p), next(q), list(it.islice(q, 3)), next(p))
u, v = it.tee("xy")
w, z = it.tee(u)
print(list(w), list(z), list(v), list(u))
for bad in [lambda: it.tee("ab", -1), lambda: it.batched("ab", 0), lambda: list(it.batched("abc", 2, strict=True)),
            lambda: it.chain(1), lambda: list(it.chain(1)), lambda: list(it.chain.from_iterable([1])),
            lambda: it.groupby(None), lambda: it.zip_longest([], 3), lambda: it.pairwise(1),
            lambda: it.starmap(pow, 1), lambda: list(it.starmap(pow, [1])), lambda: it.accumulate(1),
            lambda: it.compress([], 1), lambda: it.dropwhile(len, 1), lambda: it.filterfalse(None, 2),
            lambda: it.batched([1], "a")]:
    try:
        r = bad()
        print("ok", type(r).__name__ in ("chain", "generator"))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
