"""Data classes (rspy's own implementation): @dataclass, field, fields,
asdict, astuple, replace, is_dataclass, make_dataclass,
FrozenInstanceError, KW_ONLY.

Like CPython, the generated __init__, __repr__, __eq__, ordering and
frozen __setattr__ are built from source text with exec, so signatures
and error messages are those of ordinary functions.
CPython: Lib/dataclasses.py.
"""

import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = getattr(self.type, '__name__', None) or repr(self.type)
        return f'dataclasses.InitVar[{name}]'


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', 'doc', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only, doc=None):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self.doc = doc
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'doc={self.doc!r},'
                f'_field_type={self._field_type})')


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen',
                 'match_args', 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen,
                 match_args, kw_only, slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    # CPython: Lib/dataclasses.py _DataclassParams.__repr__
    def __repr__(self):
        return ('_DataclassParams(' + ','.join(
            f'{name}={getattr(self, name)!r}' for name in self.__slots__) + ')')


_FIELD = '_FIELD'
_FIELD_CLASSVAR = '_FIELD_CLASSVAR'
_FIELD_INITVAR = '_FIELD_INITVAR'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING, doc=None):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only, doc)


def _is_classvar(annotation):
    typing = sys.modules.get('typing')
    if typing is not None:
        cv = getattr(typing, 'ClassVar', None)
        if cv is not None and (annotation is cv or
                               getattr(annotation, '__origin__', None) is cv):
            return True
    if isinstance(annotation, str):
        return annotation.startswith(('ClassVar', 'typing.ClassVar'))
    return False


def _get_field(cls, name, annotation, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(annotation, InitVar) or annotation is InitVar:
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default is not MISSING:
        if type(f.default).__hash__ is None:
            raise ValueError(f'mutable default {type(f.default)} for field '
                             f'{f.name} is not allowed: use default_factory')
    return f


def _exec_functions(source, names, ns):
    exec(source, ns)
    return [ns[n] for n in names]


def _tuple_str(obj_name, fields):
    if not fields:
        return '()'
    return f'({",".join([f"{obj_name}.{f.name}" for f in fields])},)'


def _set_qualname(cls, func):
    func.__qualname__ = f'{cls.__qualname__}.{func.__name__}'
    return func


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, globals_):
    seen_default = None
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = f
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                f'follows default argument {seen_default.name!r}')
    ns = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
          '__dataclass_builtins_object__': object}
    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default_factory is not MISSING:
            return f'{f.name}=_HAS_DEFAULT_FACTORY'
        ns[f'__dataclass_dflt_{f.name}__'] = f.default
        return f'{f.name}=__dataclass_dflt_{f.name}__'
    params = [param(f) for f in std_fields if f.init]
    if kw_only_fields:
        params.append('*')
        params.extend(param(f) for f in kw_only_fields if f.init)
    body = []
    for f in fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            ns[f'__dataclass_type_{f.name}__'] = f.default_factory
            if f.init:
                value = (f'__dataclass_type_{f.name}__() '
                         f'if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}')
            else:
                value = f'__dataclass_type_{f.name}__()'
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            ns[f'__dataclass_dflt_{f.name}__'] = f.default
            value = f'__dataclass_dflt_{f.name}__'
        else:
            continue
        if frozen:
            body.append(f'  __dataclass_builtins_object__.__setattr__(self,{f.name!r},{value})')
        else:
            body.append(f'  self.{f.name}={value}')
    if has_post_init:
        initvars = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'  self.__post_init__({initvars})')
    if not body:
        body = ['  pass']
    src = f'def __init__(self, {", ".join(params)}):\n' + '\n'.join(body) + '\n'
    src = src.replace('(self, )', '(self)')
    (fn,) = _exec_functions(src, ['__init__'], ns)
    return _set_qualname(cls, fn)


# CPython: Lib/dataclasses.py _get_slots
def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ['__dict__'] if cls.__dict__.get('__dict__') is not None else []
    if isinstance(slots, str):
        return [slots]
    if hasattr(slots, '__next__'):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return list(slots)


# CPython: Lib/dataclasses.py _add_slots
def _add_slots(cls, field_names, weakref_slot):
    # A class's __slots__ cannot change once it exists: make a new class.
    cls_dict = dict(cls.__dict__)
    inherited_slots = {name for base in cls.__mro__[1:-1]
                       for name in _get_slots(base)}
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(name for name in wanted
                                  if name not in inherited_slots)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    newcls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    newcls.__qualname__ = cls.__qualname__
    return newcls


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    fields = {}
    has_dataclass_bases = False
    all_frozen_bases = None
    any_frozen_base = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            base_frozen = b.__dataclass_params__.frozen
            all_frozen_bases = base_frozen if all_frozen_bases is None else (
                all_frozen_bases and base_frozen)
            any_frozen_base = any_frozen_base or base_frozen
    cls_annotations = cls.__annotations__
    cls_fields = []
    kw_only_now = kw_only
    for name, annotation in cls_annotations.items():
        if annotation is KW_ONLY:
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, annotation, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(
        init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
        slots, weakref_slot)
    if slots:
        # Done before the methods are added, so that they belong to the new
        # class. CPython adds slots last and repoints the methods' __class__
        # cells to the new class, which rspy cannot do (cells are read-only):
        # zero-argument super() in the class body's own methods still sees
        # the original class.
        cls = _add_slots(cls, tuple(f.name for f in fields.values()
                                    if f._field_type is _FIELD), weakref_slot)
    all_fields = list(fields.values())
    field_list = [f for f in all_fields if f._field_type is _FIELD]
    init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_fields = [f for f in init_fields if not f.kw_only]
    kw_fields = [f for f in init_fields if f.kw_only]
    if init:
        has_post_init = hasattr(cls, '__post_init__')
        cls.__init__ = _init_fn(cls, all_fields, std_fields, kw_fields, frozen,
                                has_post_init, None)
    if repr:
        flds = [f for f in field_list if f.repr]
        parts = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in flds)
        src = ('def __repr__(self):\n'
               f'  return self.__class__.__qualname__ + f"({parts})"\n')
        (fn,) = _exec_functions(src, ['__repr__'], {})
        cls.__repr__ = _set_qualname(cls, fn)
    cmp_fields = [f for f in field_list if f.compare]
    if eq:
        src = ('def __eq__(self, other):\n'
               '  if self is other:\n'
               '    return True\n'
               '  if other.__class__ is self.__class__:\n'
               f'    return {_tuple_str("self", cmp_fields)}=={_tuple_str("other", cmp_fields)}\n'
               '  return NotImplemented\n')
        (fn,) = _exec_functions(src, ['__eq__'], {})
        cls.__eq__ = _set_qualname(cls, fn)
    if order:
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')
            src = (f'def {name}(self, other):\n'
                   '  if other.__class__ is self.__class__:\n'
                   f'    return {_tuple_str("self", cmp_fields)}{op}{_tuple_str("other", cmp_fields)}\n'
                   '  return NotImplemented\n')
            (fn,) = _exec_functions(src, [name], {})
            setattr(cls, name, _set_qualname(cls, fn))
    if frozen:
        for name in ('__setattr__', '__delattr__'):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
        names = tuple(f.name for f in all_fields)
        src = ('def __setattr__(self, name, value):\n'
               '  if type(self) is __dataclass_cls__ or name in __dataclass_names__:\n'
               '    raise FrozenInstanceError(f"cannot assign to field {name!r}")\n'
               '  super(__dataclass_cls__, self).__setattr__(name, value)\n'
               'def __delattr__(self, name):\n'
               '  if type(self) is __dataclass_cls__ or name in __dataclass_names__:\n'
               '    raise FrozenInstanceError(f"cannot delete field {name!r}")\n'
               '  super(__dataclass_cls__, self).__delattr__(name)\n')
        ns = {'__dataclass_cls__': cls, '__dataclass_names__': names,
              'FrozenInstanceError': FrozenInstanceError}
        for fn in _exec_functions(src, ['__setattr__', '__delattr__'], ns):
            setattr(cls, fn.__name__, _set_qualname(cls, fn))
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))
    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash or (eq and frozen):
        if unsafe_hash and has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        if not has_explicit_hash or unsafe_hash:
            src = ('def __hash__(self):\n'
                   f'  return hash({_tuple_str("self", hash_fields)})\n')
            (fn,) = _exec_functions(src, ['__hash__'], {})
            cls.__hash__ = _set_qualname(cls, fn)
    elif eq and not frozen and not has_explicit_hash:
        cls.__hash__ = None
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in std_fields if f.init)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, '__dataclass_fields__').values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError(f'field {f.name} is declared with init=False, '
                                'it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


# CPython: Lib/dataclasses.py make_dataclass
def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None, decorator=None):
    """Return a new dynamically created dataclass."""
    from keyword import iskeyword
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            from typing import Any as tp
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace or {})
    ns.update(defaults)
    ns['__annotations__'] = annotations
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    ns['__module__'] = module
    metaclass = type(bases[0]) if bases else type
    cls = metaclass(cls_name, tuple(bases), ns)
    return (decorator or dataclass)(
        cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
        frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
        weakref_slot=weakref_slot)
