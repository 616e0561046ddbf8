# Equality and truth of less common built-in values.
print(slice(1) == slice(1), slice(1, 2) < slice(1, 3), slice(None) == slice(None, None, None))
print(slice(1) in [slice(1)], range(3) in [range(3)], range(0) == range(5, 5))
print({1: 2}.keys() in [{1: 2}.keys()], [range(2)].count(range(0, 2)))
print(0 << 10**30, 5 >> 10**30, -5 >> 10**30)
try:
    bool(NotImplemented)
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 << 10**30
except OverflowError as e:
    print(type(e).__name__, e)
