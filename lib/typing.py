"""Support for type hints, rspy's minimal typing module (CPython: Lib/typing.py).

Everything a script commonly imports to annotate with is here and can be
subscripted, combined with `|`, compared and printed as CPython prints it
(typing.List[int], int | None, ~T, typing.Callable[[int], str], ...).
The runtime machinery behind it is much smaller than CPython's:

* no metaclasses: Any, NoReturn, ... are special-form objects, Union is a
  class whose instances are unions, Generic and Protocol are plain classes
  (class Box(Generic[T]) works, and Box[int] prints __main__.Box[int]);
* type-variable substitution (List[T][int]) is not implemented;
* isinstance() against unsubscripted aliases (List, Iterable, ...) checks
  the built-in type, or the protocol methods for abstract ones;
* NamedTuple builds its classes with collections.namedtuple; TypedDict
  classes build plain dicts.
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


def _check_methods(obj, *names):
    cls = type(obj)
    for name in names:
        value = getattr(cls, name, None)
        if value is None:
            return False
    return True


class _SpecialGenericAlias:
    """An unsubscripted typing alias of a class: List, Dict, Iterable, ..."""

    def __init__(self, origin, nparams, name=None, defaults=(), check=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name or origin.__name__
        self._defaults = defaults
        self._check = check

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
        if self._check is not None:
            return self._check(obj)
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


def _abc(name, module='collections.abc'):
    # A stand-in for a class of collections.abc / collections / re that
    # rspy does not have: only its name shows (e.g. in get_origin()).
    return type(name, (), {'__module__': module})


def _alias(origin, nparams, name=None, check=None, defaults=()):
    if defaults:
        return _SpecialGenericAliasWithDefaults(origin, nparams, name, defaults, check)
    return _SpecialGenericAlias(origin, nparams, name, check=check)


def _has(*names):
    return lambda obj: _check_methods(obj, *names)


Hashable = _alias(_abc('Hashable'), 0, check=_has('__hash__'))
Awaitable = _alias(_abc('Awaitable'), 1, check=_has('__await__'))
Coroutine = _alias(_abc('Coroutine'), 3, check=_has('send', 'throw', 'close', '__await__'))
AsyncIterable = _alias(_abc('AsyncIterable'), 1, check=_has('__aiter__'))
AsyncIterator = _alias(_abc('AsyncIterator'), 1, check=_has('__aiter__', '__anext__'))
Iterable = _alias(_abc('Iterable'), 1, check=_has('__iter__'))
Iterator = _alias(_abc('Iterator'), 1, check=_has('__iter__', '__next__'))
Reversible = _alias(_abc('Reversible'), 1, check=_has('__reversed__', '__iter__'))
Sized = _alias(_abc('Sized'), 0, check=_has('__len__'))
Container = _alias(_abc('Container'), 1, check=_has('__contains__'))
Collection = _alias(_abc('Collection'), 1, check=_has('__len__', '__iter__', '__contains__'))
Callable = _CallableSpecialAlias(_abc('Callable'), 2, 'Callable')
AbstractSet = _alias(_abc('Set'), 1, 'AbstractSet',
                     check=lambda o: isinstance(o, (set, frozenset)))
MutableSet = _alias(_abc('MutableSet'), 1, check=lambda o: isinstance(o, set))
Mapping = _alias(_abc('Mapping'), 2, check=lambda o: isinstance(o, dict))
MutableMapping = _alias(_abc('MutableMapping'), 2, check=lambda o: isinstance(o, dict))
Sequence = _alias(_abc('Sequence'), 1,
                  check=lambda o: isinstance(o, (list, tuple, str, range, bytes)))
MutableSequence = _alias(_abc('MutableSequence'), 1, check=lambda o: isinstance(o, list))
ByteString = _alias(_abc('ByteString'), 0, check=lambda o: isinstance(o, bytes))
MappingView = _alias(_abc('MappingView'), 1)
KeysView = _alias(_abc('KeysView'), 1)
ItemsView = _alias(_abc('ItemsView'), 2)
ValuesView = _alias(_abc('ValuesView'), 1)
Generator = _alias(_abc('Generator'), 3, check=_has('__iter__', '__next__', 'send', 'throw', 'close'),
                   defaults=(_NoneType, _NoneType))
AsyncGenerator = _alias(_abc('AsyncGenerator'), 2,
                        check=_has('__aiter__', '__anext__', 'asend', 'athrow', 'aclose'),
                        defaults=(_NoneType,))
ContextManager = _alias(_abc('AbstractContextManager', 'contextlib'), 2, 'ContextManager',
                        check=_has('__enter__', '__exit__'),
                        defaults=(Union[bool, None],))
AsyncContextManager = _alias(_abc('AbstractAsyncContextManager', 'contextlib'), 2,
                             'AsyncContextManager', check=_has('__aenter__', '__aexit__'),
                             defaults=(Union[bool, None],))
Tuple = _TupleAlias(tuple, -1, 'Tuple')
List = _alias(list, 1, 'List')
Dict = _alias(dict, 2, 'Dict')
Set = _alias(set, 1, 'Set')
FrozenSet = _alias(frozenset, 1, 'FrozenSet')
Type = _alias(type, 1, 'Type')
Deque = _alias(_abc('deque', 'collections'), 1, 'Deque')
DefaultDict = _alias(_abc('defaultdict', 'collections'), 2, 'DefaultDict')
OrderedDict = _alias(_abc('OrderedDict', 'collections'), 2, 'OrderedDict')
Counter = _alias(_abc('Counter', 'collections'), 1, 'Counter')
ChainMap = _alias(_abc('ChainMap', 'collections'), 2, 'ChainMap')
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


class Protocol(Generic):
    """Base class for protocol classes (structural subtyping).

    In rspy a protocol is an ordinary base class: isinstance() against it is
    nominal even with @runtime_checkable.
    """

    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


Generic.__parameters__ = ()


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

class _TypedDictBase:
    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


class _TypedDictMaker:
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""

    def __call__(self, typename, fields=None, /, *, total=True):
        return type(typename, (_TypedDictBase,), {'__total__': total})

    def __mro_entries__(self, bases):
        return (_TypedDictBase,)

    def __repr__(self):
        return '<function TypedDict>'


TypedDict = _TypedDictMaker()


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, type) and tp is not _TypedDictBase and issubclass(tp, _TypedDictBase)


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


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not (isinstance(cls, type) and getattr(cls, '_is_protocol', False)):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % (cls,))
    cls._is_runtime_protocol = True
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


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object (its __annotations__; rspy does not
    record annotations yet, so this is usually empty)."""
    hints = {}
    if isinstance(obj, type):
        for klass in reversed(obj.__mro__):
            hints.update(klass.__dict__.get('__annotations__', {}) or {})
    else:
        hints.update(getattr(obj, '__annotations__', None) or {})
    return {k: _type_check(v) for k, v in hints.items()}


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


class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()


class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()


class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()


class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()


class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()


class SupportsAbs(Protocol):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""
    __slots__ = ()


class SupportsRound(Protocol):
    """An ABC with one abstract method __round__ that is covariant in its return type."""
    __slots__ = ()
