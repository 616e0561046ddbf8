# itertools: the classic recipes from the documentation, built from the pieces.
import itertools as it

def take(n, iterable):
    return list(it.islice(iterable, n))

def grouper(iterable, n, fillvalue=None):
    return it.zip_longest(*[iter(iterable)] * n, fillvalue=fillvalue)

def roundrobin(*iterables):
    iterators = map(iter, iterables)
    for num_active in range(len(iterables), 0, -1):
        iterators = it.cycle(it.islice(iterators, num_active))
        yield from map(next, iterators)

def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in it.filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def sliding_window(iterable, n):
    iterator = iter(iterable)
    window = list(it.islice(iterator, n - 1))
    for x in iterator:
        window.append(x)
        yield tuple(window)
        del window[0]

def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)

def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)

def ncycles(iterable, n):
    return it.chain.from_iterable(it.repeat(tuple(iterable), n))

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def all_equal(iterable):
    return len(take(2, it.groupby(iterable))) <= 1

def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)

print(take(5, it.count(10, 5)), list(grouper("ABCDEFG", 3, "x")))
try:
    list(roundrobin("ABC", "D", "EF"))
    print(list(roundrobin("ABC", "D", "EF")))
except Exception as e:
    print(type(e).__name__, e)
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", key=str.lower)))
print(list(sliding_window("ABCDEFG", 4)), list(sliding_window([1, 2], 3)))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(flatten([[1, 2], [], [3]])), list(ncycles("ab", 3)), quantify([0, 1, "", "x", None, 5]))
print(all_equal("aaaa"), all_equal("aaba"), all_equal(""), first_true([0, "", 3, 4]), first_true([], "none"))
print([k * len(list(g)) for k, g in it.groupby(sorted("mississippi"))])
print(list(it.starmap(lambda k, g: (k, len(list(g))), it.groupby("aaabccdddd"))))
print(dict(it.zip_longest("abc", it.accumulate(range(1, 4)))))
print([sum(b) for b in it.batched(range(10), 3)], list(it.pairwise(it.accumulate([1, 1, 1, 1]))))
print(list(it.compress(it.count(), map(lambda n: n % 3 == 0, range(12)))))
print(sorted(set(it.permutations("aab"))), len(list(it.product(*[range(2)] * 4))))
print(list(it.takewhile(lambda p: p[0] < 3, zip(it.count(), it.cycle("xy")))))
print(list(it.dropwhile(str.isspace, "   text ")), "".join(it.chain(*zip("abc", "123"))))
