"""Container datatypes (rspy's own implementation): defaultdict,
OrderedDict, Counter, namedtuple, ChainMap, UserDict, UserList, and the
native deque from _collections.
CPython: Lib/collections/__init__.py and Modules/_collectionsmodule.c.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

import _collections_abc
import sys as _sys
from keyword import iskeyword as _iskeyword
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from operator import eq as _eq, ge as _ge, index as _index, itemgetter as _itemgetter, le as _le

_sys.modules['collections.abc'] = _collections_abc
abc = _collections_abc


# ------------------------------------------------------------------ reprs

_repr_running = set()


# CPython: Lib/reprlib.py recursive_repr
def _recursive_repr(fillvalue='...'):
    # Keyed by id(self) alone: rspy has no threads.
    def decorating_function(user_function):
        def wrapper(self):
            key = id(self)
            if key in _repr_running:
                return fillvalue
            _repr_running.add(key)
            try:
                return user_function(self)
            finally:
                _repr_running.discard(key)
        wrapper.__name__ = user_function.__name__
        wrapper.__qualname__ = user_function.__qualname__
        wrapper.__doc__ = user_function.__doc__
        return wrapper
    return decorating_function


# ------------------------------------------------------------------ deque

# Native, as CPython's (Modules/_collectionsmodule.c): module/src/collections.rs.
from _collections import deque

_collections_abc.MutableSequence.register(deque)


# ------------------------------------------------------------- defaultdict

class defaultdict(dict):
    """dict subclass that calls a factory function to supply missing values."""

    __rspy_tp_name__ = "collections.defaultdict"  # a C type in CPython

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    # CPython: Modules/_collectionsmodule.c defdict_repr
    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = 'None'
        else:
            factory_repr = _recursive_repr('...')(type(factory).__repr__)(factory)
        return f'{type(self).__name__}({factory_repr}, {dict.__repr__(self)})'

    # CPython: Modules/_collectionsmodule.c defdict_copy
    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    # CPython: Modules/_collectionsmodule.c defdict_reduce
    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    # CPython: Modules/_collectionsmodule.c defdict_or
    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ------------------------------------------------------------- OrderedDict

class OrderedDict(dict):
    """Dictionary that remembers insertion order, with move_to_end."""

    __rspy_tp_name__ = "collections.OrderedDict"  # a C type in CPython

    # CPython: Lib/collections/__init__.py OrderedDict.move_to_end
    def move_to_end(self, key, last=True):
        if key not in self:
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        items = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        dict.update(self, items)

    # CPython: Lib/collections/__init__.py OrderedDict.popitem
    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    # CPython: Lib/collections/__init__.py OrderedDict.__eq__
    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    # CPython: Lib/collections/__init__.py OrderedDict.__repr__
    @_recursive_repr('...')
    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({dict(self.items())!r})'

    # CPython: Lib/collections/__init__.py OrderedDict.__reduce__
    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return self.__class__, (), state, None, iter(self.items())

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    # CPython: Lib/collections/__init__.py OrderedDict.fromkeys
    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    # CPython: Lib/collections/__init__.py OrderedDict.__or__
    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ----------------------------------------------------------------- Counter

def _positive(items):
    # The Counter of the (elem, count) pairs whose count is positive.
    result = Counter()
    for elem, count in items:
        if count > 0:
            result[elem] = count
    return result


class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    # CPython: Lib/collections/__init__.py Counter.most_common
    def most_common(self, n=None):
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    # CPython: Lib/collections/__init__.py Counter.elements
    def elements(self):
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    # CPython: Lib/collections/__init__.py Counter.fromkeys
    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    # CPython: Lib/collections/__init__.py Counter.update
    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    # CPython: Lib/collections/__init__.py Counter.subtract
    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    # CPython: Lib/collections/__init__.py Counter.__repr__
    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    def _all(self, other, test):
        # `test` holds for the counts of every element of either counter.
        return all(test(self[e], other[e]) for c in (self, other) for e in c)

    # CPython: Lib/collections/__init__.py Counter.__eq__
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, _eq)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    # CPython: Lib/collections/__init__.py Counter.__le__
    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, _le)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    # CPython: Lib/collections/__init__.py Counter.__ge__
    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, _ge)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # CPython: Lib/collections/__init__.py Counter.__add__
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _positive([(e, c + other[e]) for e, c in self.items()] +
                         [(e, c) for e, c in other.items() if e not in self])

    # CPython: Lib/collections/__init__.py Counter.__sub__
    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _positive([(e, c - other[e]) for e, c in self.items()] +
                         [(e, 0 - c) for e, c in other.items() if e not in self])

    # CPython: Lib/collections/__init__.py Counter.__or__
    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _positive([(e, other[e] if c < other[e] else c) for e, c in self.items()] +
                         [(e, c) for e, c in other.items() if e not in self])

    # CPython: Lib/collections/__init__.py Counter.__and__
    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _positive([(e, c if c < other[e] else other[e]) for e, c in self.items()])

    def __pos__(self):
        return _positive(self.items())

    def __neg__(self):
        return _positive((e, 0 - c) for e, c in self.items())

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self

    # CPython: Lib/collections/__init__.py Counter.__iadd__
    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    # CPython: Lib/collections/__init__.py Counter.__isub__
    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    # CPython: Lib/collections/__init__.py Counter.__ior__
    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    # CPython: Lib/collections/__init__.py Counter.__iand__
    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# -------------------------------------------------------------- namedtuple

class _tuplegetter:
    # Read-only descriptor for a namedtuple field (item `index`); no
    # docstring, as the instances' __doc__ is a slot.

    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)

    def __repr__(self):
        return f'{type(self).__name__}({self._index}, {self.__doc__!r})'


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name.startswith('_')
                    or name in seen or _iskeyword(name)):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    field_names = tuple(field_names)
    num_fields = len(field_names)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError('Got more default values than field names')
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    ns = {'_tuple_new': tuple.__new__}
    src = f'def __new__(_cls, {", ".join(field_names)}):\n    return _tuple_new(_cls, ({arg_list}))\n'
    exec(src, ns)
    __new__ = ns['__new__']
    if defaults:
        __new__.__defaults__ = defaults

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise TypeError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    class_namespace = {
        '__doc__': f'{typename}({arg_list.rstrip(",")})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': dict(zip(field_names[num_fields - len(defaults):], defaults)) if defaults else {},
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, f'Alias for field number {index}')
    result = type(typename, (tuple,), class_namespace)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    if module is not None:
        result.__module__ = module
    __new__.__qualname__ = f'{typename}.__new__'
    return result


# ---------------------------------------------------------------- ChainMap

class ChainMap:
    """A group of mappings viewed as a single one."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]


# ---------------------------------------------------------------- UserDict

class UserDict(dict):
    """A dict subclass kept for compatibility (CPython's wraps a dict)."""

    @property
    def data(self):
        return dict(self)


class UserList(list):
    """A list subclass kept for compatibility (CPython's wraps a list)."""

    @property
    def data(self):
        return list(self)


class UserString(str):
    """A str subclass kept for compatibility (CPython's wraps a str)."""

    @property
    def data(self):
        return str(self)
