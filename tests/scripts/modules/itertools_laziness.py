# itertools: how lazily each tool pulls from its input (traced with a
# logging generator), exceptions from inputs, and pipelines of tools.
import itertools as it
import operator

log = []


def src(items, name="s"):
    for x in items:
        log.append(f"{name}{x}")
        yield x


def run(label, make, n=None):
    log.clear()
    obj = make()
    before = list(log)
    out = list(obj) if n is None else list(it.islice(obj, n))
    print(label, before, out, log)


run("chain", lambda: it.chain(src([1, 2], "a"), src([3], "b")), 2)
run("chain.from", lambda: it.chain.from_iterable(src([[1], [2, 3]], "o")), 2)
run("islice", lambda: it.islice(src(range(10)), 2, 6, 2))
run("islice-stop", lambda: it.islice(src(range(10)), 3))
run("product", lambda: it.product(src([1, 2], "p"), src("xy", "q")), 1)
run("perms", lambda: it.permutations(src("abc")), 1)
run("combos", lambda: it.combinations(src([1, 2, 3]), 2), 1)
run("cwr", lambda: it.combinations_with_replacement(src("ab"), 2), 2)
run("accumulate", lambda: it.accumulate(src([1, 2, 3, 4]), operator.mul, initial=10), 3)
run("takewhile", lambda: it.takewhile(lambda v: v < 3, src([1, 2, 3, 4, 1])))
run("dropwhile", lambda: it.dropwhile(lambda v: v < 3, src([1, 2, 3, 4, 1])), 1)
run("filterfalse", lambda: it.filterfalse(lambda v: v % 2, src(range(6))), 2)
run("compress", lambda: it.compress(src("abcd"), src([0, 1, 0, 1], "c")), 1)
run("groupby", lambda: ((k, "".join(g)) for k, g in it.groupby(src("aabbbc"))), 2)
run("pairwise", lambda: it.pairwise(src("abcd")), 2)
run("batched", lambda: it.batched(src(range(7)), 3), 2)
run("starmap", lambda: it.starmap(operator.add, src([(1, 2), (3, 4), (5, 6)])), 2)
run("zip_longest", lambda: it.zip_longest(src([1, 2], "l"), src("abc", "r"), fillvalue=0))
run("cycle", lambda: it.cycle(src("ab")), 5)
run("tee", lambda: it.tee(src("xyz"), 2)[1], 2)
run("count-zip", lambda: zip(it.count(1), src("ab")))
run("repeat-map", lambda: map(operator.mul, it.repeat(3), src([1, 2, 3])))


def boom(n):
    for i in range(n):
        yield i
    raise LookupError(f"boom after {n}")


for label, make in [("chain", lambda: it.chain(boom(2), "never")),
                    ("islice", lambda: it.islice(boom(3), 5)),
                    ("groupby", lambda: it.groupby(boom(2))),
                    ("accumulate", lambda: it.accumulate(boom(2))),
                    ("zip_longest", lambda: it.zip_longest(boom(1), "abc")),
                    ("product", lambda: it.product("ab", boom(1))),
                    ("tee", lambda: it.tee(boom(2))[0]),
                    ("pairwise", lambda: it.pairwise(boom(3))),
                    ("batched", lambda: it.batched(boom(3), 2))]:
    got = []
    try:
        for item in make():
            got.append(item if not isinstance(item, tuple) or label != "groupby" else item[0])
    except LookupError as e:
        print(label, got, type(e).__name__, e)
print(list(it.islice(boom(5), 3)))

data = [("fruit", "apple", 3), ("fruit", "pear", 5), ("veg", "leek", 2), ("veg", "kale", 7), ("nut", "pecan", 1)]
totals = {k: sum(n for _, _, n in g) for k, g in it.groupby(data, key=operator.itemgetter(0))}
print(totals)
print(list(it.accumulate(it.chain([1], it.repeat(2, 4)), operator.mul)))
print(list(it.starmap(lambda a, b: a * b, it.zip_longest(range(4), range(2), fillvalue=10))))
print(["".join(p) for p in it.islice(it.product("01", repeat=4), 3, 9)])
print(list(it.takewhile(lambda p: p[0] < 3, it.pairwise(it.count()))))
print(list(map(sum, it.batched(it.islice(it.cycle([1, 2, 3]), 10), 4))))
print(sorted({tuple(sorted(c)) for c in it.permutations([1, 1, 2, 2], 2)}))
print(next(it.compress(it.count(), it.cycle([0, 0, 1]))))
print(list(it.filterfalse(None, it.chain.from_iterable(it.repeat([0, 1, None, "a"], 2)))))
print([list(g) for _, g in it.groupby(sorted("mississippi"))])
a, b, c = it.tee(it.accumulate(range(1, 6)), 3)
print(list(zip(a, it.islice(b, 1, None), it.islice(c, 2, None))))
print(list(it.dropwhile(str.isdigit, "123abc45")), list(it.takewhile(str.isalpha, "")))
print(list(it.zip_longest(*[iter("abcdefg")] * 3, fillvalue="_")))
