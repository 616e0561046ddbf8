"""Tools for working with functions and callable objects, rspy's.

CPython: Lib/functools.py and Modules/_functoolsmodule.c.  Differences
that show: lru_cache() returns a plain function carrying cache_info(),
cache_clear() and cache_parameters() (CPython's is a
functools._lru_cache_wrapper object); a partial object found on a class
binds to the instance as a small callable, not a types.MethodType;
singledispatch dispatches along the argument class's __mro__ (no virtual
ABC subclasses).
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property', 'Placeholder']


# --- update_wrapper / wraps ----------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotate__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function.

    The attributes named in `assigned` are copied from wrapped to wrapper,
    those named in `updated` are updated (dict.update) from wrapped, and
    wrapper.__wrapped__ is set to wrapped.
    """
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# --- total_ordering ------------------------------------------------------

def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other

def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other

def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other

def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other

def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other

def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other

def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other

def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other

def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result

# For each root operation, the operations derived from it.
_derived = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt),
               ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le),
               ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt),
               ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge),
               ('__lt__', _lt_from_ge)),
}


def _defined_below_object(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return klass.__dict__[name] is not None
    return False


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = [op for op in ('__ge__', '__gt__', '__le__', '__lt__')
             if _defined_below_object(cls, op)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)       # prefer __lt__ to __le__ to __gt__ to __ge__
    for name, func in _derived[root]:
        if name not in roots:
            func.__name__ = name
            setattr(cls, name, func)
    return cls


# --- cmp_to_key ----------------------------------------------------------

_missing_obj = object()


class KeyWrapper:
    # CPython's functools.KeyWrapper: cmp_to_key(cmp) is one, and calling it
    # with an object wraps that object for comparison with cmp.
    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj=_missing_obj):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def _compare(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        if self.obj is _missing_obj or other.obj is _missing_obj:
            raise AttributeError('object')
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp)


# --- reduce --------------------------------------------------------------

_missing = object()


def reduce(*args, **kwargs):
    """reduce(function, iterable, /[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of an
    iterable, from left to right.  If initial is present, it is placed
    before the items of the iterable in the calculation, and serves as a
    default when the iterable is empty.
    """
    initial = kwargs.pop('initial', _missing)
    if kwargs:
        raise TypeError("reduce() got an unexpected keyword argument '%s'"
                        % next(iter(kwargs)))
    if len(args) == 3 and initial is _missing:
        initial = args[2]
        args = args[:2]
    if len(args) != 2:
        if len(args) < 2:
            raise TypeError('reduce() takes at least 2 positional arguments '
                            '(%d given)' % len(args))
        raise TypeError('reduce() takes at most 3 arguments (%d given)'
                        % len(args))
    function, iterable = args
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _missing:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# --- partial -------------------------------------------------------------

class _PlaceholderType:
    """The type of the Placeholder singleton.

    Used as a placeholder for partial arguments.
    """
    __slots__ = ()

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type '%s' is not an acceptable base type" % cls.__name__)

    def __new__(cls):
        try:
            return Placeholder
        except NameError:
            return object.__new__(cls)

    def __repr__(self):
        return 'Placeholder'

    def __reduce__(self):
        return 'Placeholder'


Placeholder = _PlaceholderType()


def _placeholder_count(args):
    n = 0
    for a in args:
        if a is Placeholder:
            n += 1
    return n


def _fill_placeholders(stored, given, count):
    # Replace the `count` Placeholders of `stored` by the first items of
    # `given`; return (merged args, remaining given args).
    if len(given) < count:
        return None, None
    merged = []
    j = 0
    for a in stored:
        if a is Placeholder:
            merged.append(given[j])
            j += 1
        else:
            merged.append(a)
    return tuple(merged), given[count:]


def _partial_setup(self, kind, func, args, keywords):
    if args and args[-1] is Placeholder:
        raise TypeError('trailing Placeholders are not allowed')
    for value in keywords.values():
        if value is Placeholder:
            raise TypeError('Placeholder cannot be passed as a keyword argument')
    if isinstance(func, kind) and hasattr(func, '_phcount'):
        inner = func.args
        if func._phcount and args:
            merged = []
            extra = list(args)
            for a in inner:
                if a is Placeholder and extra:
                    merged.append(extra.pop(0))
                else:
                    merged.append(a)
            args = tuple(merged) + tuple(extra)
        else:
            args = inner + args
        keywords = {**func.keywords, **keywords}
        func = func.func
    self.func = func
    self.args = args
    self.keywords = keywords
    self._phcount = _placeholder_count(args)


def _partial_repr(self):
    cls = type(self)
    parts = [repr(self.func)]
    for a in self.args:
        parts.append(repr(a))
    for k, v in self.keywords.items():
        parts.append('%s=%r' % (k, v))
    return '%s.%s(%s)' % (cls.__module__, cls.__qualname__, ', '.join(parts))


class partial:
    """New function with partial application of the given arguments
    and keywords.
    """

    def __init__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        self, func = args[0], args[1]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        _partial_setup(self, partial, func, args[2:], keywords)

    def __call__(self, /, *args, **keywords):
        count = self._phcount
        if count:
            stored, rest = _fill_placeholders(self.args, args, count)
            if stored is None:
                raise TypeError("missing positional arguments in 'partial' call; "
                                "expected at least %d, got %d" % (count, len(args)))
            args = rest
        else:
            stored = self.args
        if self.keywords:
            keywords = {**self.keywords, **keywords}
        return self.func(*stored, *args, **keywords)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _BoundCallable(self, obj)

    def __repr__(self):
        return _partial_repr(self)

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args,
               self.keywords or None, self.__dict__ or None)



class _BoundCallable:
    # A callable object bound to an instance, like types.MethodType (rspy
    # cannot build a method object from an arbitrary callable).
    __slots__ = ('__func__', '__self__')

    def __init__(self, func, obj):
        self.__func__ = func
        self.__self__ = obj

    def __call__(self, /, *args, **kwargs):
        return self.__func__(self.__self__, *args, **kwargs)

    def __eq__(self, other):
        if type(other) is not _BoundCallable:
            return NotImplemented
        return self.__func__ == other.__func__ and self.__self__ is other.__self__

    def __hash__(self):
        return hash((self.__func__, id(self.__self__)))

    def __repr__(self):
        return '<bound method %r of %r>' % (self.__func__, self.__self__)


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("_partial_new() missing 1 required positional "
                            "argument: 'func'")
        self, func = args[0], args[1]
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('the first argument %r must be a callable '
                            'or a descriptor' % (func,))
        _partial_setup(self, partialmethod, func, args[2:], keywords)

    def __repr__(self):
        return _partial_repr(self)

    def _call_with(self, first, args, keywords):
        count = self._phcount
        if count:
            stored, rest = _fill_placeholders(self.args, args, count)
            if stored is None:
                raise TypeError("missing positional arguments in 'partialmethod' "
                                "call; expected at least %d, got %d"
                                % (count, len(args)))
            args = rest
        else:
            stored = self.args
        keywords = {**self.keywords, **keywords}
        return self.func(first, *stored, *args, **keywords)

    def __get__(self, obj, cls=None):
        func = self.func
        getter = getattr(type(func), '__get__', None)
        if getter is not None and not isinstance(func, partial):
            bound = getter(func, obj, cls)
            if bound is not func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        if obj is None:
            me = self

            def unbound(cls_or_self, /, *args, **keywords):
                return me._call_with(cls_or_self, args, keywords)
            unbound.__partialmethod__ = self
            return unbound
        return _PartialMethodBound(self, obj)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


class _PartialMethodBound:
    __slots__ = ('_method', '__self__')

    def __init__(self, method, obj):
        self._method = method
        self.__self__ = obj

    def __call__(self, /, *args, **keywords):
        return self._method._call_with(self.__self__, args, keywords)

    @property
    def __func__(self):
        return self._method

    def __repr__(self):
        return '<bound method %r of %r>' % (self._method, self.__self__)


# --- lru_cache -----------------------------------------------------------

class CacheInfo:
    """CacheInfo(hits, misses, maxsize, currsize): a named tuple lookalike,
    used only if collections.namedtuple cannot be imported."""

    __slots__ = ('_values',)
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __init__(self, hits, misses, maxsize, currsize):
        self._values = (hits, misses, maxsize, currsize)

    hits = property(lambda self: self._values[0], doc='Alias for field number 0')
    misses = property(lambda self: self._values[1], doc='Alias for field number 1')
    maxsize = property(lambda self: self._values[2], doc='Alias for field number 2')
    currsize = property(lambda self: self._values[3], doc='Alias for field number 3')

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self._values

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._values[index]

    def __eq__(self, other):
        if type(other) is _FallbackCacheInfo:
            other = other._values
        return self._values == other

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._values)

    def _asdict(self):
        return dict(zip(self._fields, self._values))

    def _replace(self, **changes):
        values = self._asdict()
        values.update(changes)
        return _FallbackCacheInfo(*[values[f] for f in self._fields])


_FallbackCacheInfo = CacheInfo
del CacheInfo
_CacheInfo = None


def _cache_info(hits, misses, maxsize, currsize):
    # CacheInfo is collections.namedtuple('CacheInfo', ...) as in CPython,
    # made on first use so that importing functools does not import
    # collections.
    global _CacheInfo
    if _CacheInfo is None:
        try:
            from collections import namedtuple
            _CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                                    module='functools')
        except ImportError:
            _CacheInfo = _FallbackCacheInfo
    return _CacheInfo(hits, misses, maxsize, currsize)
_kwd_mark = (object(),)


def _make_key(args, kwds, typed):
    # Flat key: positional args, a marker, then keyword name/value pairs
    # (and the argument types when typed).  A lone int or str argument is
    # its own key, exactly as in CPython, so f(1) and f(1.0) differ.
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and (type(key[0]) is int or type(key[0]) is str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is None the cache can grow without bound.  If *typed* is
    true, arguments of different types are cached separately.  The wrapper
    has cache_info(), cache_clear() and cache_parameters(); the original
    function is its __wrapped__.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrap(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrap(user_function, maxsize, typed)
    return decorating_function


def _lru_wrap(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed)

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def _lru_cache_wrapper(user_function, maxsize, typed):
    # The cache dict keeps insertion order, which is the recency order:
    # a hit moves its key to the end, eviction removes the first key.
    cache = {}
    hits = 0
    misses = 0
    missing = object()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            if kwds or typed or len(args) != 1:
                key = _make_key(args, kwds, typed)
            else:
                key = args[0]
                if type(key) is not int and type(key) is not str:
                    key = args
            try:
                result = cache.get(key, missing)
            except TypeError:
                hash(key)       # CPython's message: unhashable type: '...'
                raise
            if result is not missing:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        # Recency order lives in a circular doubly linked list of links
        # [prev, next, key, result] around the sentinel `root`, so a hit
        # relinks without touching the dict; the oldest link is root[1].
        root = []
        root[:] = [root, root, None, None]

        def wrapper(*args, **kwds):
            nonlocal hits, misses
            if kwds or typed or len(args) != 1:
                key = _make_key(args, kwds, typed)
            else:
                key = args[0]
                if type(key) is not int and type(key) is not str:
                    key = args
            try:
                link = cache.get(key)
            except TypeError:
                hash(key)       # CPython's message: unhashable type: '...'
                raise
            if link is not None:
                before, after = link[0], link[1]
                before[1] = after
                after[0] = before
                last = root[0]
                last[1] = root[0] = link
                link[0] = last
                link[1] = root
                hits += 1
                return link[3]
            misses += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # The call itself cached this key (recursion): keep that.
                return result
            if len(cache) >= maxsize:
                oldest = root[1]
                root[1] = oldest[1]
                oldest[1][0] = root
                del cache[oldest[2]]
            last = root[0]
            link = [last, root, key, result]
            last[1] = root[0] = cache[key] = link
            return result

    def cache_info():
        """Report cache statistics"""
        return _cache_info(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        nonlocal hits, misses
        cache.clear()
        if maxsize:
            root[:] = [root, root, None, None]
        hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# --- singledispatch ------------------------------------------------------

def _find_impl(cls, registry):
    for klass in cls.__mro__:
        if klass in registry:
            return registry[klass]
    return registry.get(object)


def _is_union(obj):
    cls = type(obj)
    return cls.__name__ in ('Union', 'UnionType') and cls.__module__ in ('typing', 'types')


def _is_dispatch_type(obj):
    if isinstance(obj, type):
        return True
    return _is_union(obj) and all(isinstance(a, type) for a in obj.__args__)


def singledispatch(func):
    """Single-dispatch generic function decorator.

    The decorated function is the default implementation; register others
    for argument classes with .register(cls) or .register(cls, func).
    """
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>"""
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = registry.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func"""
        if _is_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. "
                                "%r is not a class or union type." % (cls,))
            annotations = getattr(cls, '__annotations__', None)
            if not annotations:
                raise TypeError(
                    "Invalid first argument to `register()`: %r. "
                    "Use either `@register(some_class)` or plain `@register` "
                    "on an annotated function." % (cls,))
            func = cls
            argname, cls = next(iter(annotations.items()))
            if not _is_dispatch_type(cls):
                if _is_union(cls):
                    raise TypeError("Invalid annotation for %r. %r not all "
                                    "arguments are classes." % (argname, cls))
                raise TypeError("Invalid annotation for %r. %r is not a class."
                                % (argname, cls))
        if _is_union(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        dispatch_cache.clear()
        return func

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument'
                            % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func"""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch
        funcname = getattr(self.func, '__name__', 'singledispatchmethod method')

        def method(*args, **kwargs):
            if not args:
                raise TypeError('%s requires at least 1 positional argument'
                                % funcname)
            impl = dispatch(args[0].__class__)
            getter = getattr(type(impl), '__get__', None)
            if getter is not None:
                return getter(impl, obj, cls)(*args, **kwargs)
            if obj is None:
                return impl(*args, **kwargs)
            return impl(obj, *args, **kwargs)
        for name in ('__module__', '__name__', '__qualname__', '__doc__'):
            try:
                setattr(method, name, getattr(self.func, name))
            except AttributeError:
                pass
        method.register = self.register
        method.__wrapped__ = self.func
        return method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    def __repr__(self):
        name = getattr(self.func, '__qualname__', None)
        if name is None:
            name = getattr(self.func, '__name__', '?')
        return '<single dispatch method descriptor %s>' % name


# --- cached_property -----------------------------------------------------

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling "
                "__set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(
                "No '__dict__' attribute on %r instance to cache %r property."
                % (type(instance).__name__, self.attrname)) from None
        value = store.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            store[self.attrname] = value
        return value
