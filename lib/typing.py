"""Support for type hints, rspy's minimal typing module (CPython: Lib/typing.py).

Everything a script commonly imports to annotate with is here and can be
subscripted, combined with `|`, compared and printed as CPython prints it
(typing.List[int], int | None, ~T, typing.Callable[[int], str], ...).
The runtime machinery behind it is smaller than CPython's:

* Any, NoReturn, ... are special-form objects, Union is a class whose
  instances are unions, Generic is a plain class (class Box(Generic[T])
  works, and Box[int] prints __main__.Box[int]);
* type-variable substitution (List[T][int]) is not implemented;
* the aliases of collections.abc / collections classes (Iterable, Mapping,
  Deque, ...) check isinstance() against those classes;
* Protocol, runtime_checkable, TypedDict (with Required/NotRequired) and
  get_type_hints() follow CPython 3.14; NamedTuple builds its classes with
  collections.namedtuple.
"""

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
    'OrderedDict', 'Set', 'FrozenSet', 'Generator', 'TypedDict',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString',
    'Never', 'NewType', 'no_type_check', 'NoReturn', 'NotRequired',
    'overload', 'override', 'ParamSpecArgs', 'ParamSpecKwargs', 'ReadOnly',
    'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text',
    'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'TypeIs', 'Unpack',
    'IO', 'TextIO', 'BinaryIO', 'Pattern', 'Match', 'NamedTuple',
]

TYPE_CHECKING = False

from abc import ABCMeta, abstractmethod
import collections
import collections.abc
import contextlib
import sys as _sys

_NoneType = type(None)


def _f():
    pass


_FunctionType = type(_f)
del _f


def _is_plain_class(obj):
    return isinstance(obj, type) and type(obj).__name__ != 'GenericAlias'


def _type_repr(obj):
    """How typing prints an argument: classes by (qualified) name."""
    if _is_plain_class(obj):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    if isinstance(obj, (list, tuple)):
        return '[%s]' % ', '.join([_type_repr(a) for a in obj])
    return repr(obj)


class ForwardRef:
    """Internal wrapper to hold a forward reference (a type given as a string)."""

    __slots__ = ('__forward_arg__', '__forward_module__')

    def __init__(self, arg, module=None):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(('ForwardRef', self.__forward_arg__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


def _type_check(arg, msg=None):
    """Normalise one type argument: None -> NoneType, str -> ForwardRef."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _collect_type_params(args):
    found = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)):
            if a not in found:
                found.append(a)
        else:
            for p in getattr(a, '__parameters__', ()) or ():
                if p not in found:
                    found.append(p)
    return tuple(found)


# --- unions ----------------------------------------------------------------

class Union:
    """Represent a union type

    E.g. for int | str
    """

    __slots__ = ('__args__',)

    def __class_getitem__(cls, params):
        if params == ():
            raise TypeError('Cannot take a Union of no types.')
        return _make_union(_as_tuple(params))

    def __init__(self, *args):
        raise TypeError("cannot create 'typing.Union' instances")

    @property
    def __parameters__(self):
        return _collect_type_params(self.__args__)

    @property
    def __origin__(self):
        return Union

    def __repr__(self):
        return ' | '.join(['None' if a is _NoneType else _type_repr(a)
                           for a in self.__args__])

    def __eq__(self, other):
        if type(other) is not Union:
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        for arg in self.__args__:
            if isinstance(obj, arg):
                return True
        return False

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))

    def __call__(self, *args, **kwargs):
        raise TypeError("'typing.Union' object is not callable")


def _make_union(params):
    flat = []
    for p in params:
        p = _type_check(p)
        members = p.__args__ if type(p) is Union else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    union = object.__new__(Union)
    union.__args__ = tuple(flat)
    return union


# --- special forms ---------------------------------------------------------

class _SpecialForm:
    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % self)

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % self)

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % self)

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyForm(_SpecialForm):
    __slots__ = ()

    def __call__(self, *args, **kwds):
        raise TypeError('Any cannot be instantiated')


def _no_params(self, parameters):
    raise TypeError('%s is not subscriptable' % self)


def Any(self, parameters):
    """Special type indicating an unconstrained type."""
    raise TypeError('%s is not subscriptable' % self)


Any = _AnyForm(Any)


def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError('%s is not subscriptable' % self)


def Never(self, parameters):
    """The bottom type, a type that has no members."""
    raise TypeError('%s is not subscriptable' % self)


def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    raise TypeError('%s is not subscriptable' % self)


def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    raise TypeError('%s is not subscriptable' % self)


def TypeAlias(self, parameters):
    """Special form for marking type aliases."""
    raise TypeError('%s is not subscriptable' % self)


NoReturn = _SpecialForm(NoReturn)
Never = _SpecialForm(Never)
Self = _SpecialForm(Self)
LiteralString = _SpecialForm(LiteralString)
TypeAlias = _SpecialForm(TypeAlias)


def _single_type_form(self, parameters, verb='accepts only single type'):
    if isinstance(parameters, tuple) and len(parameters) != 1:
        raise TypeError('%s %s. Got %r.' % (self, verb, parameters))
    if isinstance(parameters, tuple):
        parameters = parameters[0]
    return _GenericAlias(self, (_type_check(parameters),))


def Optional(self, parameters):
    """Optional[X] is equivalent to Union[X, None]."""
    if isinstance(parameters, tuple) and len(parameters) != 1:
        raise TypeError('%s requires a single type. Got %r.' % (self, parameters))
    if isinstance(parameters, tuple):
        parameters = parameters[0]
    return Union[parameters, None]


def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    return _single_type_form(self, parameters)


def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    return _single_type_form(self, parameters)


def Required(self, parameters):
    """Mark a TypedDict key as required."""
    return _single_type_form(self, parameters)


def NotRequired(self, parameters):
    """Mark a TypedDict key as potentially missing."""
    return _single_type_form(self, parameters)


def ReadOnly(self, parameters):
    """Mark a TypedDict key as read-only."""
    return _single_type_form(self, parameters)


def TypeGuard(self, parameters):
    """Special typing construct for marking user-defined type predicates."""
    return _single_type_form(self, parameters)


def TypeIs(self, parameters):
    """Special typing construct for marking user-defined type predicates."""
    return _single_type_form(self, parameters)


def Unpack(self, parameters):
    """Type unpack operator."""
    return _single_type_form(self, parameters)


def Literal(self, parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    values = []
    for p in _as_tuple(parameters):
        if p not in values or not any(type(v) is type(p) for v in values if v == p):
            values.append(p)
    alias = _GenericAlias(self, tuple(values), literal=True)
    return alias


def Concatenate(self, parameters):
    """Special form for annotating higher-order functions."""
    parameters = _as_tuple(parameters)
    if not parameters:
        raise TypeError('Cannot take a Concatenate of no types.')
    return _GenericAlias(self, tuple([_type_check(p) for p in parameters]))


def Annotated(self, parameters):
    """Add context-specific metadata to a type."""
    if not isinstance(parameters, tuple) or len(parameters) < 2:
        raise TypeError('Annotated[...] should be used with at least two '
                        'arguments (a type and an annotation).')
    return _AnnotatedAlias(_type_check(parameters[0]), parameters[1:])


Optional = _SpecialForm(Optional)
ClassVar = _SpecialForm(ClassVar)
Final = _SpecialForm(Final)
Required = _SpecialForm(Required)
NotRequired = _SpecialForm(NotRequired)
ReadOnly = _SpecialForm(ReadOnly)
TypeGuard = _SpecialForm(TypeGuard)
TypeIs = _SpecialForm(TypeIs)
Unpack = _SpecialForm(Unpack)
Literal = _SpecialForm(Literal)
Concatenate = _SpecialForm(Concatenate)
Annotated = _SpecialForm(Annotated)


# --- generic aliases -------------------------------------------------------

class _GenericAlias:
    """A subscripted type: List[int], Box[T], Literal[1], ..."""

    def __init__(self, origin, args, name=None, literal=False):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._literal = literal

    @property
    def __parameters__(self):
        if self._literal:
            return ()
        return _collect_type_params(self.__args__)

    def _origin_repr(self):
        if self._name:
            return 'typing.' + self._name
        return _type_repr(self.__origin__)

    def _args_repr(self):
        if self._literal:
            return ', '.join([repr(a) for a in self.__args__])
        if not self.__args__:
            return '()'
        return ', '.join([_type_repr(a) for a in self.__args__])

    def __repr__(self):
        return '%s[%s]' % (self._origin_repr(), self._args_repr())

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __call__(self, *args, **kwargs):
        if self._name:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError('Cannot instantiate %r' % self.__origin__)
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getitem__(self, params):
        raise TypeError('%r is not a generic class' % (self,))

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with'
                        ' class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with'
                        ' class and instance checks')

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError('Cannot subclass %r' % (self,))
        if self._name is None:
            if origin is Generic:
                if Protocol in bases:
                    return ()
                later = bases[list(bases).index(self) + 1:]
                for b in later:
                    if isinstance(b, _GenericAlias) and b is not self:
                        return ()
            return (origin,)
        entries = [] if origin in bases else [origin]
        later = bases[list(bases).index(self) + 1:]
        for b in later:
            if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) or (
                    isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class _CallableAlias(_GenericAlias):
    def _args_repr(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is ... or isinstance(args[0], ParamSpec)):
            return '%s, %s' % (_type_repr(args[0]), _type_repr(args[1]))
        return '[%s], %s' % (', '.join([_type_repr(a) for a in args[:-1]]),
                             _type_repr(args[-1]))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (
            _type_repr(self.__origin__),
            ', '.join([repr(m) for m in self.__metadata__]))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


class _SpecialGenericAlias:
    """An unsubscripted typing alias of a class: List, Dict, Iterable, ..."""

    def __init__(self, origin, nparams, name=None, defaults=()):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name or origin.__name__
        self._defaults = defaults

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getitem__(self, params):
        params = tuple([_type_check(p) for p in _as_tuple(params)])
        self._check_arity(params)
        return _GenericAlias(self.__origin__, params, self._name)

    def _check_arity(self, params):
        expected = self._nparams
        actual = len(params)
        if actual < expected and actual + len(self._defaults) >= expected:
            return params + self._defaults[actual + len(self._defaults) - expected:]
        if actual != expected:
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if actual > expected else 'few',
                               self, actual, expected))
        return params

    def __call__(self, *args, **kwargs):
        raise TypeError('Type %s cannot be instantiated; use %s() instead'
                        % (self._name, self.__origin__.__name__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        entries = [] if self.__origin__ in bases else [self.__origin__]
        return tuple(entries)


class _SpecialGenericAliasWithDefaults(_SpecialGenericAlias):
    def __getitem__(self, params):
        params = tuple([_type_check(p) for p in _as_tuple(params)])
        params = self._check_arity(params)
        return _GenericAlias(self.__origin__, params, self._name)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple')
        params = tuple([_type_check(p) for p in _as_tuple(params)])
        return _GenericAlias(tuple, params, 'Tuple')


class _CallableSpecialAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = tuple([_type_check(a) for a in args]) + (_type_check(result),)
        elif args is ... or isinstance(args, ParamSpec):
            params = (args, _type_check(result))
        else:
            raise TypeError('Callable[args, result]: args must be a list. Got %r'
                            % (args,))
        return _CallableAlias(self.__origin__, params, self._name)

    def __instancecheck__(self, obj):
        return callable(obj)


def _abc(name, module):
    # A stand-in for a class of a module rspy does not have (re): only its
    # name shows (e.g. in get_origin()).
    return type(name, (), {'__module__': module})


def _alias(origin, nparams, name=None, defaults=()):
    if defaults:
        return _SpecialGenericAliasWithDefaults(origin, nparams, name, defaults)
    return _SpecialGenericAlias(origin, nparams, name)


Hashable = _alias(collections.abc.Hashable, 0)
Awaitable = _alias(collections.abc.Awaitable, 1)
Coroutine = _alias(collections.abc.Coroutine, 3)
AsyncIterable = _alias(collections.abc.AsyncIterable, 1)
AsyncIterator = _alias(collections.abc.AsyncIterator, 1)
Iterable = _alias(collections.abc.Iterable, 1)
Iterator = _alias(collections.abc.Iterator, 1)
Reversible = _alias(collections.abc.Reversible, 1)
Sized = _alias(collections.abc.Sized, 0)
Container = _alias(collections.abc.Container, 1)
Collection = _alias(collections.abc.Collection, 1)
Callable = _CallableSpecialAlias(collections.abc.Callable, 2, 'Callable')
AbstractSet = _alias(collections.abc.Set, 1, 'AbstractSet')
MutableSet = _alias(collections.abc.MutableSet, 1)
Mapping = _alias(collections.abc.Mapping, 2)
MutableMapping = _alias(collections.abc.MutableMapping, 2)
Sequence = _alias(collections.abc.Sequence, 1)
MutableSequence = _alias(collections.abc.MutableSequence, 1)
ByteString = _alias(collections.abc.ByteString, 0)
MappingView = _alias(collections.abc.MappingView, 1)
KeysView = _alias(collections.abc.KeysView, 1)
ItemsView = _alias(collections.abc.ItemsView, 2)
ValuesView = _alias(collections.abc.ValuesView, 1)
Generator = _alias(collections.abc.Generator, 3, defaults=(_NoneType, _NoneType))
AsyncGenerator = _alias(collections.abc.AsyncGenerator, 2, defaults=(_NoneType,))
ContextManager = _alias(contextlib.AbstractContextManager, 2, 'ContextManager',
                        defaults=(Union[bool, None],))
AsyncContextManager = _alias(contextlib.AbstractAsyncContextManager, 2,
                             'AsyncContextManager', defaults=(Union[bool, None],))
Tuple = _TupleAlias(tuple, -1, 'Tuple')
List = _alias(list, 1, 'List')
Dict = _alias(dict, 2, 'Dict')
Set = _alias(set, 1, 'Set')
FrozenSet = _alias(frozenset, 1, 'FrozenSet')
Type = _alias(type, 1, 'Type')
Deque = _alias(collections.deque, 1, 'Deque')
DefaultDict = _alias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _alias(collections.Counter, 1, 'Counter')
ChainMap = _alias(collections.ChainMap, 2, 'ChainMap')
Pattern = _alias(_abc('Pattern', 're'), 1, 'Pattern')
Match = _alias(_abc('Match', 're'), 1, 'Match')

Text = str


# --- type variables --------------------------------------------------------

class _NoDefaultType:
    __slots__ = ()

    def __repr__(self):
        return 'typing.NoDefault'


NoDefault = _NoDefaultType()


class TypeVar:
    """Type variable: T = TypeVar('T'), with optional constraints, bound and
    variance."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False, default=NoDefault):
        if covariant and contravariant:
            raise ValueError('Bivariant type variables are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple([_type_check(c) for c in constraints])
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__default__ = default

    def has_default(self):
        return self.__default__ is not NoDefault

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ''
        elif self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of TypeVar')

    def __reduce__(self):
        return self.__name__


class ParamSpecArgs:
    """The args for a ParamSpec object: P.args."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % self.__origin__.__name__

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__.__name__))


class ParamSpecKwargs:
    """The kwargs for a ParamSpec object: P.kwargs."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % self.__origin__.__name__

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__.__name__))


class ParamSpec(TypeVar):
    """Parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False, infer_variance=False, default=NoDefault):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant,
                         contravariant=contravariant,
                         infer_variance=infer_variance, default=default)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class TypeVarTuple:
    """Type variable tuple: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name, *, default=NoDefault):
        self.__name__ = name
        self.__default__ = default

    def has_default(self):
        return self.__default__ is not NoDefault

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


AnyStr = TypeVar('AnyStr', bytes, str)


# --- Generic and Protocol --------------------------------------------------

def _generic_class_getitem(cls, params):
    params = tuple([_type_check(p) for p in _as_tuple(params)])
    if cls is Generic or cls is Protocol:
        if not params:
            raise TypeError('Parameter list to %s[...] cannot be empty'
                            % cls.__qualname__)
        for p in params:
            if not isinstance(p, (TypeVar, TypeVarTuple)) and not (
                    isinstance(p, _GenericAlias) and p.__origin__ is Unpack):
                raise TypeError('Parameters to %s[...] must all be type variables '
                                'or parameter specification variables.'
                                % cls.__qualname__)
        if len(set(params)) != len(params):
            raise TypeError('Parameters to %s[...] must all be unique'
                            % cls.__qualname__)
    return _GenericAlias(cls, params)


class Generic:
    """Abstract base class for generic types: class Box(Generic[T])."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        bases = cls.__dict__.get('__orig_bases__', ())
        declared = None
        found = []
        for base in bases:
            if isinstance(base, _GenericAlias):
                if base.__origin__ is Generic or base.__origin__ is Protocol:
                    declared = base.__args__
                for p in base.__parameters__:
                    if p not in found:
                        found.append(p)
        cls.__parameters__ = tuple(declared if declared is not None else found)


Generic.__parameters__ = ()


# --- Protocol ------------------------------------------------------------------

_TYPING_INTERNALS = frozenset({
    '__parameters__', '__orig_bases__', '__orig_class__',
    '_is_protocol', '_is_runtime_protocol', '__protocol_attrs__',
    '__non_callable_proto_members__', '__type_params__',
})

_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
    '__init__', '__module__', '__new__', '__slots__',
    '__subclasshook__', '__weakref__', '__class_getitem__',
    '__match_args__', '__static_attributes__', '__firstlineno__',
    '__annotate__', '__annotate_func__', '__annotations_cache__',
})

_EXCLUDED_ATTRIBUTES = _TYPING_INTERNALS | _SPECIAL_NAMES | {'_MutableMapping__marker'}

_PROTO_ALLOWLIST = {
    'collections.abc': [
        'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
        'AsyncIterator', 'Hashable', 'Sized', 'Container', 'Collection',
        'Reversible', 'Buffer',
    ],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}


# CPython: Lib/typing.py _get_protocol_attrs
def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:  # without object
        if base.__name__ in {'Protocol', 'Generic'}:
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in (*base.__dict__, *annotations):
            if not attr.startswith('_abc_') and attr not in _EXCLUDED_ATTRIBUTES:
                attrs.add(attr)
    return attrs


# CPython calls the checks made by the abc module (which walks whole MROs)
# "reckless" and lets them through, finding them by the caller's frame;
# here the protocol metaclass counts the abc checks it is running instead
# (rspy's sys._getframe gives a snapshot, not the live frame).
_reckless_depth = 0


# CPython: Lib/typing.py _allow_reckless_class_checks
def _allow_reckless_class_checks():
    return _reckless_depth > 0


def _abc_check(check, cls, arg):
    # Run ABCMeta's instance or subclass check, as a reckless check.
    global _reckless_depth
    _reckless_depth += 1
    try:
        return check(cls, arg)
    finally:
        _reckless_depth -= 1


def _type_check_issubclass_arg_1(arg):
    if not isinstance(arg, type):
        raise TypeError('issubclass() arg 1 must be a class')


def _getattr_static(obj, attr):
    # inspect.getattr_static for what protocol checks need: the attribute
    # from the instance dict or the class dicts, without running descriptors.
    try:
        instance_dict = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        instance_dict = {}
    if attr in instance_dict:
        return instance_dict[attr]
    for base in type(obj).__mro__:
        if attr in base.__dict__:
            return base.__dict__[attr]
    raise AttributeError(attr)


class _ProtocolMeta(ABCMeta):
    # CPython: Lib/typing.py _ProtocolMeta.__new__
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        if name == "Protocol" and bases == (Generic,):
            pass
        elif Protocol in bases:
            for base in bases:
                if not (
                    base in {object, Generic}
                    or base.__name__ in _PROTO_ALLOWLIST.get(base.__module__, [])
                    or (issubclass(base, Generic)
                        and getattr(base, "_is_protocol", False))
                ):
                    raise TypeError(
                        f"Protocols can only inherit from other protocols, "
                        f"got {base!r}")
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if getattr(cls, "_is_protocol", False):
            cls.__protocol_attrs__ = _get_protocol_attrs(cls)

    # CPython: Lib/typing.py _ProtocolMeta.__subclasscheck__
    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if (getattr(cls, '_is_protocol', False)
                and not _allow_reckless_class_checks()):
            if not getattr(cls, '_is_runtime_protocol', False):
                _type_check_issubclass_arg_1(other)
                raise TypeError(
                    "Instance and class checks can only be used with "
                    "@runtime_checkable protocols")
            if (cls.__non_callable_proto_members__
                    and cls.__dict__.get("__subclasshook__") is _proto_hook):
                _type_check_issubclass_arg_1(other)
                non_method_attrs = sorted(cls.__non_callable_proto_members__)
                raise TypeError(
                    "Protocols with non-method members don't support issubclass()."
                    f" Non-method members: {str(non_method_attrs)[1:-1]}.")
        return _abc_check(ABCMeta.__subclasscheck__, cls, other)

    # CPython: Lib/typing.py _ProtocolMeta.__instancecheck__
    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, "_is_protocol", False):
            return _abc_check(ABCMeta.__instancecheck__, cls, instance)
        if (not getattr(cls, '_is_runtime_protocol', False)
                and not _allow_reckless_class_checks()):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if _abc_check(ABCMeta.__instancecheck__, cls, instance):
            return True
        for attr in cls.__protocol_attrs__:
            try:
                val = _getattr_static(instance, attr)
            except AttributeError:
                break
            if val is None and attr not in cls.__non_callable_proto_members__:
                break
        else:
            return True
        return False


# CPython: Lib/typing.py _proto_hook
@classmethod
def _proto_hook(cls, other):
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    for attr in cls.__protocol_attrs__:
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            if issubclass(other, Generic) and getattr(other, "_is_protocol", False):
                if attr in getattr(base, '__annotations__', {}):
                    break
        else:
            return NotImplemented
    return True


# CPython: Lib/typing.py _no_init_or_replace_init
def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _no_init_or_replace_init:
        return
    # The first instantiation of a concrete subclass finds the real
    # __init__ in the MRO and installs it.
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    # CPython: Lib/typing.py Protocol.__init_subclass__
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


# --- NamedTuple --------------------------------------------------------------

_prohibited_namedtuple_fields = frozenset({
    '__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
    '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special_namedtuple_fields = frozenset({
    '__module__', '__name__', '__annotations__', '__annotate__',
    '__annotate_func__', '__annotations_cache__', '__qualname__',
    '__orig_bases__', '__static_attributes__', '__firstlineno__'})


def _make_nmtuple(name, fields, module, defaults=()):
    from collections import namedtuple
    fields = [(n, _type_check(t)) for n, t in fields]
    nm_tpl = namedtuple(name, [n for n, t in fields], defaults=defaults,
                        module=module)
    nm_tpl.__annotations__ = dict(fields)
    return nm_tpl


def _class_annotations(ns):
    annotations = ns.get('__annotations__')
    if annotations is not None:
        return dict(annotations)
    for key in ('__annotate__', '__annotate_func__'):
        annotate = ns.get(key)
        if callable(annotate):
            return dict(annotate(1))
    return {}


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get('_is_namedtuple_root'):
            return super().__new__(mcls, typename, bases, ns)
        if '__classcell__' in ns:
            raise TypeError('uses of super() and __class__ are unsupported '
                            'in methods of NamedTuple subclasses')
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = _class_annotations(ns)
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError('Non-default namedtuple field %s cannot follow '
                                'default field%s %s'
                                % (field_name, 's' if len(default_names) > 1 else '',
                                   ', '.join(default_names)))
        nm_tpl = _make_nmtuple(typename, types.items(), ns.get('__module__', '__main__'),
                               defaults=[ns[n] for n in default_names])
        for key, value in ns.items():
            if key in _prohibited_namedtuple_fields:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key in _special_namedtuple_fields or key in nm_tpl._fields:
                continue
            setattr(nm_tpl, key, value)
            set_name = getattr(type(value), '__set_name__', None)
            if set_name is not None:
                set_name(value, nm_tpl, key)
        return nm_tpl


_NamedTuple = _NamedTupleMeta('NamedTuple', (), {'_is_namedtuple_root': True})


class _NamedTupleMaker:
    """Typed version of namedtuple.

        class Employee(NamedTuple):
            name: str
            id: int = 3

    or Employee = NamedTuple('Employee', [('name', str), ('id', int)]).
    """

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError('Either list of fields or keywords can be provided '
                            'to NamedTuple, not both')
        return _make_nmtuple(typename, fields, '__main__')

    def __mro_entries__(self, bases):
        return (_NamedTuple,)

    def __repr__(self):
        return '<function NamedTuple>'


NamedTuple = _NamedTupleMaker()


# --- TypedDict ---------------------------------------------------------------

# CPython: Lib/typing.py _get_typeddict_qualifiers
def _get_typeddict_qualifiers(annotation_type):
    while True:
        origin = get_origin(annotation_type)
        if origin is Annotated:
            annotation_type = annotation_type.__origin__
        elif origin in (Required, NotRequired, ReadOnly):
            yield origin
            annotation_type = annotation_type.__args__[0]
        else:
            break


class _TypedDictMeta(type):
    # CPython: Lib/typing.py _TypedDictMeta.__new__
    def __new__(cls, name, bases, ns, total=True):
        """Create a new typed dict class object: a dict subclass whose
        __annotations__ gathers the bases' and own fields."""
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        generic_base = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        own_annotations = {n: _type_check(tp)
                           for n, tp in _class_annotations(ns).items()}
        ns = {k: v for k, v in ns.items()
              if k not in ('__annotations__', '__annotate__', '__annotate_func__')}
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
        annotations = {}
        required_keys = set()
        optional_keys = set()
        readonly_keys = set()
        mutable_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            base_required = base.__dict__.get('__required_keys__', set())
            required_keys |= base_required
            optional_keys -= base_required
            base_optional = base.__dict__.get('__optional_keys__', set())
            required_keys -= base_optional
            optional_keys |= base_optional
            readonly_keys.update(base.__dict__.get('__readonly_keys__', ()))
            mutable_keys.update(base.__dict__.get('__mutable_keys__', ()))
        annotations.update(own_annotations)
        for key, annotation_type in own_annotations.items():
            qualifiers = set(_get_typeddict_qualifiers(annotation_type))
            if Required in qualifiers:
                is_required = True
            elif NotRequired in qualifiers:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(key)
                optional_keys.discard(key)
            else:
                optional_keys.add(key)
                required_keys.discard(key)
            if ReadOnly in qualifiers:
                if key in mutable_keys:
                    raise TypeError(f"Cannot override mutable key {key!r}"
                                    " with read-only key")
                readonly_keys.add(key)
            else:
                mutable_keys.add(key)
                readonly_keys.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        tp_dict.__readonly_keys__ = frozenset(readonly_keys)
        tp_dict.__mutable_keys__ = frozenset(mutable_keys)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    # CPython: Lib/typing.py _TypedDictMeta.__subclasscheck__
    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


class _TypedDictMaker:
    """A simple typed namespace. At runtime it is equivalent to a plain dict.

        class Point2D(TypedDict):
            x: int
            y: int

    or Point2D = TypedDict('Point2D', {'x': int, 'y': int}).
    """

    # CPython: Lib/typing.py TypedDict
    def __call__(self, typename, fields=None, /, *, total=True):
        ns = {'__annotations__': dict(fields or {}), '__module__': '__main__'}
        try:
            ns['__module__'] = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
        td = _TypedDictMeta(typename, (), ns, total=total)
        td.__orig_bases__ = (TypedDict,)
        return td

    def __mro_entries__(self, bases):
        return (_TypedDict,)

    def __repr__(self):
        return '<function TypedDict>'


TypedDict = _TypedDictMaker()


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# --- functions ---------------------------------------------------------------

def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def reveal_type(obj, /):
    """Ask a static type checker to reveal the inferred type of an expression."""
    import sys
    print('Runtime type is %r' % type(obj).__name__, file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    """Helper for @overload to raise when called."""
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @typing.overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @typing.overload-decorated.')


def overload(func):
    """Decorator for overloaded functions/methods."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """Decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Indicate that a method is intended to override a method in a base class."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    return decorator


# CPython: Lib/typing.py runtime_checkable
def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)
            and getattr(cls, '_is_protocol', False)):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % (cls,))
    cls._is_runtime_protocol = True
    cls.__non_callable_proto_members__ = set()
    for attr in cls.__protocol_attrs__:
        try:
            is_callable = callable(getattr(cls, attr, None))
        except Exception as e:
            raise TypeError(f"Failed to determine whether protocol member "
                            f"{attr!r} is a method member") from e
        if not is_callable:
            cls.__non_callable_proto_members__.add(attr)
    return cls


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, frozen_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator to mark an object as providing dataclass-like behaviour."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'frozen_default': frozen_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of NewType. Perhaps you '
                        'were looking for: `%s = NewType(%r, %s)`'
                        % (self.__name__, self.__name__, self.__name__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    """Get the unsubscripted version of a type: List[int] -> list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if type(tp) is Union:
        return Union
    if tp is Generic:
        return Generic
    if isinstance(tp, (ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if type(tp).__name__ == 'GenericAlias':
        return tp.__origin__
    return None


def get_args(tp):
    """Get the type arguments of a type, with all substitutions performed."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tuple(tp.__metadata__)
    if isinstance(tp, _CallableAlias):
        args = tp.__args__
        if len(args) == 2 and (args[0] is ... or isinstance(args[0], ParamSpec)):
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias) or type(tp) is Union:
        return tp.__args__
    if type(tp).__name__ == 'GenericAlias':
        return tp.__args__
    return ()


_BuiltinGenericAlias = type(list[int])


def _copy_with(t, args):
    # The alias `t` with its arguments replaced.
    if type(t) is Union:
        return _make_union(args)
    if isinstance(t, _GenericAlias):
        return type(t)(t.__origin__, args, t._name, t._literal)
    return _BuiltinGenericAlias(t.__origin__, args)


def _has_type_args(t):
    return (type(t) is Union or type(t) is _BuiltinGenericAlias
            or (isinstance(t, _GenericAlias) and not t._literal))


# CPython: Lib/typing.py _eval_type
def _eval_type(t, globalns, localns):
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        if t.__forward_module__ is not None:
            globalns = getattr(_sys.modules.get(t.__forward_module__),
                               '__dict__', globalns)
        value = eval(t.__forward_arg__, globalns, localns)
        return _eval_type(_type_check(value), globalns, localns)
    if isinstance(t, _AnnotatedAlias):
        origin = _eval_type(t.__origin__, globalns, localns)
        return t if origin is t.__origin__ else _AnnotatedAlias(origin, t.__metadata__)
    if _has_type_args(t):
        args = tuple([_eval_type(a, globalns, localns) for a in t.__args__])
        if any(new is not old for new, old in zip(args, t.__args__)):
            return _copy_with(t, args)
    return t


# CPython: Lib/typing.py _strip_annotations
def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired, ReadOnly):
        return _strip_annotations(t.__args__[0])
    if _has_type_args(t):
        args = tuple([_strip_annotations(a) for a in t.__args__])
        if args != t.__args__:
            return _copy_with(t, args)
    return t


def _own_annotations(obj):
    # The annotations of obj itself (for a class, not its bases').
    if isinstance(obj, type) and not any(
            k in obj.__dict__ for k in ('__annotations__', '__annotate__',
                                        '__annotate_func__')):
        return {}
    return dict(getattr(obj, '__annotations__', None) or {})


# CPython: Lib/typing.py get_type_hints
def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object: its annotations with forward
    references (strings) evaluated, for a class those of its whole MRO."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = _own_annotations(base)
            if globalns is None:
                base_globals = getattr(_sys.modules.get(base.__module__, None),
                                       '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # As CPython: names are looked up in the module first.
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                value = _eval_type(_type_check(value), base_globals, base_locals)
                hints[name] = value
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}
    hints = _own_annotations(obj)
    if (not hints and not isinstance(obj, type(_sys)) and not callable(obj)
            and not hasattr(obj, '__annotations__')
            and not hasattr(obj, '__annotate__')):
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if globalns is None:
        if isinstance(obj, type(_sys)):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    for name, value in hints.items():
        hints[name] = _eval_type(_type_check(value), globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


# --- IO types ----------------------------------------------------------------

class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""

    __slots__ = ()


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""

    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""

    __slots__ = ()


T_co = TypeVar('T_co', covariant=True)


@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An ABC with one abstract method __round__ that is covariant in its return type."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass
