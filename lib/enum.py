"""Enumerations: Enum, auto, unique, EnumType (rspy's own implementation).

Members are collected from the class body after it runs (no custom
namespace is needed), in definition order. Enums mixed with a built-in
type (IntEnum, StrEnum, `class E(int, Enum)`) make their members with
that type's __new__. Flag and IntFlag are not implemented yet.
CPython: Lib/enum.py.
"""

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'global_enum',
]

import sys as _sys
from types import MappingProxyType as _MappingProxyType

_builtin_property = property
_not_given = object()

# The _sunder_ names Enum allows in a class body (CPython's, plus rspy's own
# _check_member hook of StrEnum).
_SUNDER_NAMES = (
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_', '_add_alias_', '_add_value_alias_',
    '_check_member')


class property:
    """A property of enum members; through the class, the attribute of the
    same name is looked up among the members (CPython derives it from
    types.DynamicClassAttribute).
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = self.clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    # CPython: Lib/enum.py property.__get__
    def __get__(self, instance, ownerclass=None):
        if instance is None or self.fget is None:
            try:
                return ownerclass._member_map_[self.name]
            except (AttributeError, KeyError):
                raise AttributeError(
                    '%r has no attribute %r' % (ownerclass, self.name)) from None
        return self.fget(instance)

    # CPython: Lib/enum.py property.__set__
    def __set__(self, instance, value):
        if self.fset is not None:
            return self.fset(instance, value)
        raise AttributeError(
            "<enum %r> cannot set attribute %r" % (self.clsname, self.name))

    # CPython: Lib/enum.py property.__delete__
    def __delete__(self, instance):
        if self.fdel is not None:
            return self.fdel(instance)
        raise AttributeError(
            "<enum %r> cannot delete attribute %r" % (self.clsname, self.name))

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    _counter = 0

    def __init__(self, value=None):
        self.value = value
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces an item to become an Enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""

    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern)


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        enum_base = None
        for b in bases:
            if isinstance(b, EnumType):
                enum_base = b
        if enum_base is not None and enum_base._member_names_:
            raise TypeError(
                f"<enum {cls!r}> cannot extend <enum {enum_base.__name__!r}>")
        member_items = []
        for key, value in list(classdict.items()):
            if (_is_sunder(key) and key not in _SUNDER_NAMES
                    and not key.startswith('_repr_')):
                raise ValueError('_sunder_ names, such as %r, are reserved '
                                 'for future Enum use' % (key,))
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if isinstance(value, member):
                member_items.append((key, value.value))
                del classdict[key]
                continue
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value)):
                continue
            member_items.append((key, value))
            del classdict[key]
        invalid_names = {name for name, _ in member_items} & {'mro', ''}
        if invalid_names:
            raise ValueError('invalid enum member name(s) %s' % (
                ','.join(repr(n) for n in invalid_names)))
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        member_type = object
        for base in enum_class.__mro__[1:]:
            if base is object or isinstance(base, EnumType):
                continue
            if base.__module__ == 'builtins':
                member_type = base
                break
        type.__setattr__(enum_class, '_member_type_', member_type)
        if member_type is not object and enum_base is not None:
            # The mixed-in type comes first in the MRO; Enum's repr (and,
            # unless ReprEnum, its str/format) still apply, as in CPython.
            names = ['__repr__']
            if not any(b.__name__ == 'ReprEnum' for b in enum_class.__mro__):
                names += ['__str__', '__format__']
            for name in names:
                if name not in classdict:
                    type.__setattr__(enum_class, name, Enum.__dict__[name])
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        type.__setattr__(enum_class, '_unhashable_values_', [])
        gen = getattr(enum_class, '_generate_next_value_')
        check = getattr(enum_class, '_check_member', None)
        last_values = []
        for name, value in member_items:
            if isinstance(value, auto):
                if value.value is None:
                    value.value = gen(name, 1, len(enum_class._member_names_),
                                      last_values[:])
                value = value.value
            if check is not None:
                check(value)
            last_values.append(value)
            enum_class._add_member(name, value)
        return enum_class

    def _add_member(cls, name, value):
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                cls._member_map_[name] = existing
                type.__setattr__(cls, name, existing)
                return
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is object:
            obj = object.__new__(cls)
        else:
            obj = cls._member_type_.__new__(cls, *args)
        obj._name_ = name
        obj._value_ = value
        obj._sort_order_ = len(cls._member_names_)
        init = cls.__init__
        if init is not object.__init__ and init is not Enum.__init__ and \
                init is not cls._member_type_.__init__:
            init(obj, *args)
        cls._member_names_.append(name)
        cls._member_map_[name] = obj
        try:
            cls._value2member_map_[value] = obj
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, obj)

    # CPython: Lib/enum.py EnumType.__call__
    def __call__(cls, value, names=_not_given, *values, module=None,
                 qualname=None, type=None, start=1, boundary=None):
        if cls._member_map_:
            if names is not _not_given:
                value = (value, names) + values
            return cls._lookup_value(value)
        if names is _not_given and type is None:
            raise TypeError(
                f"{cls} has no members; specify `names=()` if you meant to "
                "create a new, empty, enum")
        return cls._create_(value, None if names is _not_given else names,
                            module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    # CPython: Lib/enum.py EnumType._create_
    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if boundary is not None:
            raise NotImplementedError('the Enum boundary argument is not supported by rspy')
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        classdict = {}
        for item in names or ():
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            if member_name in classdict:
                raise TypeError('%r already defined as %r'
                                % (member_name, classdict[member_name]))
            classdict[member_name] = member_value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def _lookup_value(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError(
                f"error in {cls.__name__}._missing_: returned {result!r} instead "
                f"of None or a valid member")
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __bool__(cls):
        return True

    def __repr__(cls):
        return "<enum %r>" % (cls.__name__,)

    @_builtin_property
    def __members__(cls):
        return _MappingProxyType(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last_value,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        if type(self)._member_type_ is object:
            return hash(self._name_)
        return hash(self._value_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""

    def __str__(self):
        member_type = type(self)._member_type_
        if '__str__' in member_type.__dict__:
            return member_type.__str__(self)
        return member_type.__repr__(self)

    def __format__(self, format_spec):
        return type(self)._member_type_.__format__(self, format_spec)


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    @classmethod
    def _check_member(cls, value):
        if not isinstance(value, str):
            raise TypeError('%r is not a string' % (value,))


class _FlagUnsupported(Enum):
    def __init_subclass__(cls, **kwds):
        raise NotImplementedError('enum.Flag and enum.IntFlag are not supported by rspy yet')


Flag = _FlagUnsupported
IntFlag = _FlagUnsupported


def unique(enumeration):
    """Class decorator ensuring only one name is bound to each value."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ', '.join(
            ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration


def verify(*checks):
    def decorator(enumeration):
        return enumeration
    return decorator


def global_enum(cls, update_str=False):
    raise NotImplementedError('enum.global_enum is not supported by rspy')


