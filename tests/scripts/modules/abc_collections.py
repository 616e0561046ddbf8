# abc via collections.abc: structural checks (__subclasshook__ on the
# one-trick ABCs), registration, and the mixin methods of Sequence/Mapping.
import collections.abc as cabc
from abc import ABCMeta


class Duck:
    def __iter__(self):
        return iter([1, 2])

    def __len__(self):
        return 2

    def __contains__(self, x):
        return x in (1, 2)


print(isinstance(Duck(), cabc.Iterable), isinstance(Duck(), cabc.Sized), isinstance(Duck(), cabc.Container))
print(isinstance(Duck(), cabc.Collection), isinstance(Duck(), cabc.Sequence), isinstance(Duck(), cabc.Iterator))
print(isinstance([], cabc.MutableSequence), isinstance((), cabc.MutableSequence), isinstance({}, cabc.Mapping))
print(isinstance(range(3), cabc.Sequence), isinstance("", cabc.Hashable), isinstance([], cabc.Hashable))
print(issubclass(dict, cabc.MutableMapping), isinstance({}.keys(), cabc.Set), isinstance(len, cabc.Callable))
cabc.Sequence.register(Duck)
print(isinstance(Duck(), cabc.Sequence), issubclass(Duck, cabc.Reversible))


class MySeq(cabc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = MySeq(3, 1, 3)
print(list(s), s.index(1), s.count(3), 3 in s, list(reversed(s)), isinstance(s, cabc.Reversible))
try:
    cabc.Mapping()
except TypeError as e:
    print(type(e).__name__, e)


class MyMap(cabc.Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = MyMap(a=1, b=2)
print(dict(m), m.get("a"), m.get("z", 0), "b" in m, list(m.keys()), list(m.items()), m == {"a": 1, "b": 2})
print(type(cabc.Sequence).__name__, type(cabc.Sequence) is ABCMeta, sorted(cabc.Sized.__abstractmethods__))
print(sorted(cabc.MutableMapping.__abstractmethods__), isinstance(m, cabc.MutableMapping))


class Gen:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


print(isinstance(Gen(), cabc.Iterator), isinstance((x for x in ()), cabc.Generator), isinstance(iter([]), cabc.Iterator))
