# Sets iterate in hash-table order, not insertion order.
print({3, 1, 2})
print({10, 2, 33, 1})
print(set([5, 4, 3]), frozenset([9, 8, 7]))
print({2} | {1}, {3, 2, 1} & {1, 3})
s = set()
for x in (9, 1, 5, 3):
    s.add(x)
print(s, list(s))
print({100, 1}, {-1, -2, 7}, {0, 8, 16})
print(sorted({3, 1, 2}) == list({1, 2, 3}))
print([x for x in {4, 2, 6}], tuple({7, 3}))
s = {1, 2, 3}
s.discard(2)
s.add(10)
print(s)
print({True, 2, 0})
