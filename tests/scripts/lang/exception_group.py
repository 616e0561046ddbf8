# ExceptionGroup / BaseExceptionGroup: construction rules, attributes, str,
# split/subgroup/derive, and catching with plain except.
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print(type(eg).__name__, str(eg), repr(eg), eg.exceptions, eg.message, eg.args)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print([c.__name__ for c in ExceptionGroup.__mro__])
for args in [("m",), ("m", []), (1, [ValueError()]), ("m", 5), ("m", [1])]:
    try:
        BaseExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
print(str(ExceptionGroup("one", [ValueError()])))
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(eg.split(OSError))
print(eg.subgroup((TypeError, ValueError)) is eg)
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(repr(eg.derive([KeyError("k")])))
try:
    eg.split(42)
except TypeError as e:
    print("TypeError", e)
try:
    raise eg
except ExceptionGroup as caught:
    print("caught", caught is eg, len(caught.exceptions))
nested = ExceptionGroup("outer", [eg, ExceptionGroup("inner", [OSError("o")])])
print(nested.split(OSError))
print(nested.subgroup(ValueError))
