"""Generic (shallow and deep) copying operations, rspy's (CPython: Lib/copy.py).

Interface summary:

        import copy

        x = copy.copy(y)                # make a shallow copy of y
        x = copy.deepcopy(y)            # make a deep copy of y
        x = copy.replace(y, a=1, b=2)   # new object with fields replaced

A class can control copying with __copy__(), __deepcopy__(memo),
__reduce_ex__/__reduce__, __getstate__/__setstate__ and __getnewargs__, as
in CPython.  rspy has no copyreg: objects of a class that keeps its state in
__dict__ and/or __slots__ are rebuilt with cls.__new__(cls) plus that state,
exceptions with cls(*args), which is what CPython's default reduction does.
"""

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error   # backward compatibility


def _f():
    pass


_function_type = type(_f)
_builtin_function_type = type(len)


class _Holder:
    def method(self):
        pass


_method_type = type(_Holder().method)
del _Holder

# Objects returned as they are by copy() and deepcopy().
_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
           str, bytes, type, range, property, _function_type,
           _builtin_function_type}
try:
    _atomic.add(complex)
except NameError:
    pass

# copy() also returns these immutable containers themselves.
_copy_atomic = _atomic | {tuple, frozenset, slice, super}

_builtin_containers = {list, dict, set}
try:
    _builtin_containers.add(bytearray)
except NameError:
    pass

del _f


def _class_defines(cls, name):
    # Is `name` defined by a class of cls's MRO other than object?
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = klass.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            if name not in names:
                names.append(name)
    return names


def _has_slots(cls):
    for klass in cls.__mro__:
        if '__slots__' in klass.__dict__:
            return True
    return False


def _default_state(x, cls):
    # What object.__getstate__() returns: the instance dict (None when
    # empty), paired with a dict of the filled slots when there are any.
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


_value_types = (tuple, str, int, float, bytes)


def _builtin_base(cls):
    for klass in cls.__mro__:
        if klass in (list, dict, set, frozenset) or klass in _value_types:
            return klass
    return None


def _new_empty(cls):
    # copyreg.__newobj__(cls): cls.__new__(cls), without calling __init__.
    return cls.__new__(cls)


def _reduce(x, cls):
    # The (callable, args, state, listitems, dictitems) recipe for x, as
    # x.__reduce_ex__(4) gives it in CPython.
    if _class_defines(cls, '__reduce_ex__'):
        return x.__reduce_ex__(4)
    if _class_defines(cls, '__reduce__'):
        return x.__reduce__()
    if isinstance(x, BaseException):
        state = getattr(x, '__dict__', None) or None
        return (cls, x.args, state)
    base = _builtin_base(cls)
    if base is None and not hasattr(x, '__dict__') and not _has_slots(cls):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    if _class_defines(cls, '__getstate__'):
        state = x.__getstate__()
    else:
        state = _default_state(x, cls)
    if base is set or base is frozenset:
        # set.__reduce__: the class is called with the items.
        return (cls, (list(x),), state)
    args = ()
    if _class_defines(cls, '__getnewargs__'):
        args = tuple(x.__getnewargs__())
    elif base in _value_types:
        args = (base(x),)
    if base is list:
        return (_new_empty, (cls,), state, iter(x))
    if base is dict:
        return (_new_empty, (cls,), state, None, iter(x.items()))

    def rebuild(*args):
        return cls.__new__(cls, *args)
    return (rebuild, args, state)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _copy_atomic:
        return x
    if cls in _builtin_containers:
        return x.copy()
    if issubclass(cls, type):
        return x
    if cls is _method_type:
        return _bind(x, x.__self__)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    recipe = _reduce(x, cls)
    if isinstance(recipe, str):
        return x
    return _reconstruct(x, None, *recipe)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic:
        return x
    key = id(x)
    if memo is None:
        memo = {}
    else:
        found = memo.get(key, _nil)
        if found is not _nil:
            return found
    if cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is _method_type:
        y = _deepcopy_method(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            recipe = _reduce_builtin(x, cls)
            if recipe is None:
                recipe = _reduce(x, cls)
            if isinstance(recipe, str):
                y = x
            else:
                y = _reconstruct(x, memo, *recipe)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _reduce_builtin(x, cls):
    # Built-in types whose CPython reduction rebuilds them from a list.
    if cls is set or cls is frozenset:
        return (cls, (list(x),), None)
    if cls is slice:
        return (slice, (x.start, x.stop, x.step), None)
    return None


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for k, v in x.items():
        y[deepcopy(k, memo)] = deepcopy(v, memo)
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple reachable from its own items was copied while copying them.
    found = memo.get(id(x), None)
    if found is not None:
        return found
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x


def _bind(method, obj):
    # types.MethodType(method.__func__, obj)
    func = method.__func__
    try:
        get = type(func).__get__
    except AttributeError:
        return getattr(obj, func.__name__)
    return get(func, obj, type(obj))


def _deepcopy_method(x, memo):
    return _bind(x, deepcopy(x.__self__, memo))


def _keep_alive(x, memo):
    # Memo keys are ids: keep the originals alive while the memo lives.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for immutable objects, like named tuples or
    frozen dataclasses.
    """
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError("replace() does not support %s objects" % cls.__name__)
    return func(obj, **changes)
