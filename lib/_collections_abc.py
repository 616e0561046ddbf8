"""Abstract Base Classes (ABCs) for collections, according to PEP 3119.

CPython: Lib/_collections_abc.py (imported as collections.abc; the
collections package puts it in sys.modules under that name).
"""

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(list[int])

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString", "Buffer",
           ]

# Classes defined here report this module name, as in CPython.
__name__ = "collections.abc"


def _builtin_type(make):
    # The type of a built-in object, or None if rspy lacks it.
    try:
        return type(make())
    except Exception:
        return None


def _gen():
    yield


async def _coro():
    pass


async def _agen():
    yield


def _coroutine_type():
    c = _coro()
    t = type(c)
    c.close()
    return t


_iterator_types = [_builtin_type(f) for f in (
    lambda: iter(b''), lambda: iter(bytearray()),
    lambda: iter({}.keys()), lambda: iter({}.values()), lambda: iter({}.items()),
    lambda: iter([]), lambda: iter(reversed([])), lambda: iter(range(0)),
    lambda: iter(range(1 << 1000)), lambda: iter(set()), lambda: iter(""),
    lambda: iter(()), lambda: iter(zip()))]
dict_keys = type({}.keys())
dict_values = type({}.values())
dict_items = type({}.items())
mappingproxy = _builtin_type(lambda: type.__dict__)
generator = _builtin_type(_gen)
coroutine = _builtin_type(_coroutine_type)
async_generator = _builtin_type(_agen)
del _gen, _coro, _agen, _coroutine_type


def _register(abc, *types):
    # Register the built-in types rspy has (None stands for a missing one).
    for t in types:
        if t is not None:
            abc.register(t)


### ONE-TRICK PONIES ###

# CPython: Lib/_collections_abc.py _check_methods
def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class Hashable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    # CPython: Lib/_collections_abc.py Hashable.__subclasshook__
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _check_methods(C, "__hash__")
        return NotImplemented


class Awaitable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    # CPython: Lib/_collections_abc.py Awaitable.__subclasshook__
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _check_methods(C, "__await__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


def _throw(typ, val, tb):
    # The default body of the abstract throw() methods.
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


class Coroutine(Awaitable):

    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Send a value into the coroutine.
        Return next yielded value or raise StopIteration.
        """
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception in the coroutine."""
        _throw(typ, val, tb)

    # CPython: Lib/_collections_abc.py Coroutine.close
    def close(self):
        """Raise GeneratorExit inside coroutine."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")

    # CPython: Lib/_collections_abc.py Coroutine.__subclasshook__
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


_register(Coroutine, coroutine)


class AsyncIterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    # CPython: Lib/_collections_abc.py AsyncIterable.__subclasshook__
    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _check_methods(C, "__aiter__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class AsyncIterator(AsyncIterable):

    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """Return the next item or raise StopAsyncIteration when exhausted."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    # CPython: Lib/_collections_abc.py AsyncIterator.__subclasshook__
    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _check_methods(C, "__anext__", "__aiter__")
        return NotImplemented


class AsyncGenerator(AsyncIterator):

    __slots__ = ()

    # CPython: Lib/_collections_abc.py AsyncGenerator.__anext__
    async def __anext__(self):
        """Return the next item from the asynchronous generator."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Send a value into the asynchronous generator."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception in the asynchronous generator."""
        _throw(typ, val, tb)

    # CPython: Lib/_collections_abc.py AsyncGenerator.aclose
    async def aclose(self):
        """Raise GeneratorExit inside coroutine."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")

    # CPython: Lib/_collections_abc.py AsyncGenerator.__subclasshook__
    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, '__aiter__', '__anext__',
                                  'asend', 'athrow', 'aclose')
        return NotImplemented


_register(AsyncGenerator, async_generator)


class Iterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    # CPython: Lib/_collections_abc.py Iterable.__subclasshook__
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, "__iter__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Iterator(Iterable):

    __slots__ = ()

    @abstractmethod
    def __next__(self):
        'Return the next item from the iterator. When exhausted, raise StopIteration'
        raise StopIteration

    def __iter__(self):
        return self

    # CPython: Lib/_collections_abc.py Iterator.__subclasshook__
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, '__iter__', '__next__')
        return NotImplemented


_register(Iterator, *_iterator_types)


class Reversible(Iterable):

    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    # CPython: Lib/_collections_abc.py Reversible.__subclasshook__
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, "__reversed__", "__iter__")
        return NotImplemented


class Generator(Iterator):

    __slots__ = ()

    def __next__(self):
        """Return the next item from the generator."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Send a value into the generator."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception in the generator."""
        _throw(typ, val, tb)

    # CPython: Lib/_collections_abc.py Generator.close
    def close(self):
        """Raise GeneratorExit inside generator."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    # CPython: Lib/_collections_abc.py Generator.__subclasshook__
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, '__iter__', '__next__',
                                  'send', 'throw', 'close')
        return NotImplemented


_register(Generator, generator)


class Sized(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    # CPython: Lib/_collections_abc.py Sized.__subclasshook__
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, "__len__")
        return NotImplemented


class Container(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    # CPython: Lib/_collections_abc.py Container.__subclasshook__
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, "__contains__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Collection(Sized, Iterable, Container):

    __slots__ = ()

    # CPython: Lib/_collections_abc.py Collection.__subclasshook__
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


class Buffer(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __buffer__(self, flags, /):
        raise NotImplementedError

    # CPython: Lib/_collections_abc.py Buffer.__subclasshook__
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Buffer:
            return _check_methods(C, "__buffer__")
        return NotImplemented


# CPython: Lib/_collections_abc.py _is_param_expr
def _is_param_expr(obj):
    if obj is Ellipsis or isinstance(obj, list):
        return True
    obj = type(obj)
    return obj.__module__ == 'typing' and obj.__name__ in (
        'ParamSpec', '_ConcatenateGenericAlias')


# CPython: Lib/_collections_abc.py _CallableGenericAlias.__new__
def _callable_class_getitem(cls, args):
    # CPython returns a GenericAlias subclass whose repr shows the argument
    # list in brackets; rspy's GenericAlias cannot be subclassed, so this is
    # a plain GenericAlias with CPython's flattened __args__.
    if not (isinstance(args, tuple) and len(args) == 2):
        raise TypeError(
            "Callable must be used as Callable[[arg, ...], result].")
    t_args, t_result = args
    if isinstance(t_args, (tuple, list)):
        args = (*t_args, t_result)
    elif not _is_param_expr(t_args):
        raise TypeError(f"Expected a list of types, an ellipsis, "
                        f"ParamSpec, or Concatenate. Got {t_args}")
    return GenericAlias(cls, args)


class Callable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    # CPython: Lib/_collections_abc.py Callable.__subclasshook__
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, "__call__")
        return NotImplemented

    __class_getitem__ = classmethod(_callable_class_getitem)


### SETS ###


class Set(Collection):
    """A set is a finite, iterable container.

    This class provides concrete generic implementations of all
    methods except for __contains__, __iter__ and __len__.
    """

    __slots__ = ()

    # CPython: Lib/_collections_abc.py Set.__le__
    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    # CPython: Lib/_collections_abc.py Set.__lt__
    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    # CPython: Lib/_collections_abc.py Set.__gt__
    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    # CPython: Lib/_collections_abc.py Set.__ge__
    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    # CPython: Lib/_collections_abc.py Set.__eq__
    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        '''Construct an instance of the class from any iterable input.'''
        return cls(it)

    # CPython: Lib/_collections_abc.py Set.__and__
    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    # CPython: Lib/_collections_abc.py Set.isdisjoint
    def isdisjoint(self, other):
        'Return True if two sets have a null intersection.'
        for value in other:
            if value in self:
                return False
        return True

    # CPython: Lib/_collections_abc.py Set.__or__
    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(e for s in (self, other) for e in s)

    __ror__ = __or__

    def _as_set(self, other):
        # `other` as a Set, or None if it is not iterable.
        if isinstance(other, Set):
            return other
        if not isinstance(other, Iterable):
            return None
        return self._from_iterable(other)

    # CPython: Lib/_collections_abc.py Set.__sub__
    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(value for value in self
                                   if value not in other)

    # CPython: Lib/_collections_abc.py Set.__rsub__
    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(value for value in other
                                   if value not in self)

    # CPython: Lib/_collections_abc.py Set.__xor__
    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    # CPython: Lib/_collections_abc.py Set._hash
    def _hash(self):
        """Compute the hash value of a set (the frozenset algorithm)."""
        MAX = sys.maxsize
        MASK = 2 * MAX + 1
        n = len(self)
        h = 1927868237 * (n + 1)
        h &= MASK
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= MASK
        h ^= (h >> 11) ^ (h >> 25)
        h = h * 69069 + 907133923
        h &= MASK
        if h > MAX:
            h -= MASK + 1
        if h == -1:
            h = 590923713
        return h


Set.register(frozenset)


class MutableSet(Set):
    """A mutable set is a finite, iterable container.

    This class provides concrete generic implementations of all
    methods except for __contains__, __iter__, __len__,
    add(), and discard().
    """

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add an element."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove an element.  Do not raise an exception if absent."""
        raise NotImplementedError

    # CPython: Lib/_collections_abc.py MutableSet.remove
    def remove(self, value):
        """Remove an element. If not a member, raise a KeyError."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    # CPython: Lib/_collections_abc.py MutableSet.pop
    def pop(self):
        """Return the popped value.  Raise KeyError if empty."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    # CPython: Lib/_collections_abc.py MutableSet.clear
    def clear(self):
        """This is slow (creates N new iterators!) but effective."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    # CPython: Lib/_collections_abc.py MutableSet.__ior__
    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    # CPython: Lib/_collections_abc.py MutableSet.__iand__
    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    # CPython: Lib/_collections_abc.py MutableSet.__ixor__
    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    # CPython: Lib/_collections_abc.py MutableSet.__isub__
    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


MutableSet.register(set)


### MAPPINGS ###

class Mapping(Collection):
    """A Mapping is a generic container for associating key/value
    pairs.

    This class provides concrete generic implementations of all
    methods except for __getitem__, __iter__, and __len__.
    """

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    # CPython: Lib/_collections_abc.py Mapping.get
    def get(self, key, default=None):
        'D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.'
        try:
            return self[key]
        except KeyError:
            return default

    # CPython: Lib/_collections_abc.py Mapping.__contains__
    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return KeysView(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return ItemsView(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return ValuesView(self)

    # CPython: Lib/_collections_abc.py Mapping.__eq__
    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


_register(Mapping, mappingproxy if mappingproxy is not dict else None)


class MappingView(Sized):

    __slots__ = '_mapping',

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{self.__class__.__name__}({self._mapping!r})'

    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


KeysView.register(dict_keys)


class ItemsView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    # CPython: Lib/_collections_abc.py ItemsView.__contains__
    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


ItemsView.register(dict_items)


class ValuesView(MappingView, Collection):

    __slots__ = ()

    # CPython: Lib/_collections_abc.py ValuesView.__contains__
    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


ValuesView.register(dict_values)


class MutableMapping(Mapping):
    """A MutableMapping is a generic container for associating
    key/value pairs.

    This class provides concrete generic implementations of all
    methods except for __getitem__, __setitem__, __delitem__,
    __iter__, and __len__.
    """

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    __marker = object()

    # CPython: Lib/_collections_abc.py MutableMapping.pop
    def pop(self, key, default=__marker):
        '''D.pop(k[,d]) -> v, remove specified key and return the
        corresponding value.'''
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    # CPython: Lib/_collections_abc.py MutableMapping.popitem
    def popitem(self):
        '''D.popitem() -> (k, v), remove and return some (key, value) pair
           as a 2-tuple; but raise KeyError if D is empty.'''
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    # CPython: Lib/_collections_abc.py MutableMapping.clear
    def clear(self):
        'D.clear() -> None.  Remove all items from D.'
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    # CPython: Lib/_collections_abc.py MutableMapping.update
    def update(self, other=(), /, **kwds):
        ''' D.update([E, ]**F) -> None.  Update D from mapping/iterable E
        and F.'''
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    # CPython: Lib/_collections_abc.py MutableMapping.setdefault
    def setdefault(self, key, default=None):
        'D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D'
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


MutableMapping.register(dict)


### SEQUENCES ###

class Sequence(Reversible, Collection):
    """All the operations on a read-only sequence.

    Concrete subclasses must override __new__ or __init__,
    __getitem__, and __len__.
    """

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    # CPython: Lib/_collections_abc.py Sequence.__iter__
    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    # CPython: Lib/_collections_abc.py Sequence.__contains__
    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    # CPython: Lib/_collections_abc.py Sequence.__reversed__
    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    # CPython: Lib/_collections_abc.py Sequence.index
    def index(self, value, start=0, stop=None):
        '''S.index(value, [start, [stop]]) -> integer -- return first index
        of value.  Raises ValueError if the value is not present.'''
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)

        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    # CPython: Lib/_collections_abc.py Sequence.count
    def count(self, value):
        'S.count(value) -> integer -- return number of occurrences of value'
        return sum(1 for v in self if v is value or v == value)


_register(Sequence, tuple, str, bytes, range,
          _builtin_type(lambda: memoryview(b'')))


class ByteString(Sequence):
    """Deprecated ABC serving as a common supertype of ``bytes`` and
    ``bytearray`` (CPython warns on its use; rspy has no warnings).
    """

    __slots__ = ()


_register(ByteString, bytes, _builtin_type(lambda: bytearray()))


class MutableSequence(Sequence):
    """All the operations on a read-write sequence.

    Concrete subclasses must provide __new__ or __init__,
    __getitem__, __setitem__, __delitem__, __len__, and insert().
    """

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        'S.insert(index, value) -- insert value before index'
        raise IndexError

    def append(self, value):
        'S.append(value) -- append value to the end of the sequence'
        self.insert(len(self), value)

    # CPython: Lib/_collections_abc.py MutableSequence.clear
    def clear(self):
        'S.clear() -> None -- remove all items from S'
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    # CPython: Lib/_collections_abc.py MutableSequence.reverse
    def reverse(self):
        'S.reverse() -- reverse *IN PLACE*'
        n = len(self)
        for i in range(n//2):
            self[i], self[n-i-1] = self[n-i-1], self[i]

    # CPython: Lib/_collections_abc.py MutableSequence.extend
    def extend(self, values):
        'S.extend(iterable) -- extend sequence by appending elements'
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    # CPython: Lib/_collections_abc.py MutableSequence.pop
    def pop(self, index=-1):
        '''S.pop([index]) -> item -- remove and return item at index
        (default last).'''
        v = self[index]
        del self[index]
        return v

    # CPython: Lib/_collections_abc.py MutableSequence.remove
    def remove(self, value):
        '''S.remove(value) -- remove first occurrence of value.'''
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


_register(MutableSequence, list, _builtin_type(lambda: bytearray()))
