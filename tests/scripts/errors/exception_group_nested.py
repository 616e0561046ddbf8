def f(i):
    try:
        raise KeyError(i)
    except KeyError as e:
        raise ValueError(f"v{i}") from e
excs = []
for i in range(3):
    try:
        f(i)
    except ValueError as e:
        excs.append(e)
inner = ExceptionGroup("inner", excs[:2])
try:
    raise BaseExceptionGroup("outer", [inner, excs[2], KeyboardInterrupt()])
except BaseExceptionGroup as eg:
    print(type(eg).__name__, eg.split(ValueError)[0], eg.subgroup(lambda e: isinstance(e, KeyError)))
    m, r = eg.split((KeyError, ValueError))
    print(repr(m), repr(r))
    e2 = eg
e2.add_note("a note")
raise e2
