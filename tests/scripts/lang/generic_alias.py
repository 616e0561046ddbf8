# types.GenericAlias from subscripting generic classes: repr, attributes,
# calling, equality, use as a base, isinstance refusal.
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], set[bytes], frozenset[str])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, type(a).__name__)
print(a(range(3)), dict[str, int](x=1), tuple[int, ...]((1, 2)))
print(a == list[int], a == list[str], a != dict[int, int], hash(a) == hash(list[int]))
print(list[int].append is list.append, dict[str, int].fromkeys("ab"))
print(tuple[()], dict[str, tuple[int, str]])


class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item!r}"


print(Box[int], Box[1, 2])


class Base:
    pass


class Generic:
    __class_getitem__ = classmethod(type(list[int]))


print(Generic[int], Generic[int, str].__args__)


class Child(Generic[int]):
    pass


print(Child.__mro__, Child.__orig_bases__)
for target in (list[int], (int, list[str])):
    try:
        isinstance([], target)
    except TypeError as e:
        print("TypeError:", e)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
