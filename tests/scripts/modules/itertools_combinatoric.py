# itertools: product, permutations, combinations, combinations_with_replacement.
import itertools as it

print(list(it.product("ab", "xy")))
print(list(it.product(range(2), repeat=3)))
print(list(it.product("ab", [1], repeat=2)))
print(list(it.product()), list(it.product("ab", [])), list(it.product("a", repeat=0)))
print(len(list(it.product(range(3), range(4), range(5)))))
print(list(it.permutations("abc")))
print(list(it.permutations(range(4), 2)))
print(list(it.permutations("ab", 3)), list(it.permutations("ab", 0)), list(it.permutations([])))
print(list(it.permutations([1, 1, 2])))
print(list(it.combinations("abcd", 2)))
print(list(it.combinations(range(5), 3)))
print(list(it.combinations("ab", 3)), list(it.combinations("ab", 0)), list(it.combinations([], 0)))
print(list(it.combinations_with_replacement("abc", 2)))
print(list(it.combinations_with_replacement(range(3), 3)))
print(list(it.combinations_with_replacement("ab", 0)), list(it.combinations_with_replacement([], 1)))
print(list(it.combinations_with_replacement([], 0)), list(it.combinations(iterable="xyz", r=2)))
print(sum(1 for _ in it.permutations(range(6))), sum(1 for _ in it.combinations(range(10), 4)))
print(sum(1 for _ in it.combinations_with_replacement(range(6), 3)))
g = it.permutations(x for x in "wxyz")
print(next(g), next(g), next(g))

for fn, args, kwargs in [(it.permutations, ([1], -1), {}), (it.combinations, ([1],), {}),
                         (it.combinations, ([1], -1), {}), (it.combinations, (), {}),
                         (it.combinations_with_replacement, ([1], -2), {}),
                         (it.product, ([1],), {"repeat": -1}), (it.product, (1,), {}),
                         (it.permutations, (5,), {}), (it.combinations, ("ab", "2"), {}),
                         (it.permutations, ("ab", 1.5), {})]:
    try:
        fn(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(fn.__name__, type(e).__name__, e)
