def run(exc, mode):
    try:
        try:
            raise exc
        except* ValueError as e:
            print("VE handler", repr(e))
            if mode == "raise_new":
                raise KeyError("new")
            if mode == "reraise":
                raise
        except* TypeError as e:
            print("TE handler", repr(e))
    except BaseException as out:
        print("escaped", repr(out))
    else:
        print("handled all")
run(ValueError(1), "ok")
run(ValueError(1), "reraise")
run(ValueError(1), "raise_new")
run(TypeError(2), "ok")
run(KeyError(3), "ok")
run(ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)]), "ok")
run(ExceptionGroup("g", [ValueError(1), KeyError(3)]), "reraise")
run(ExceptionGroup("g", [ValueError(1), KeyError(3)]), "raise_new")
run(ExceptionGroup("g", [ValueError(1), ExceptionGroup("inner", [TypeError(5)])]), "ok")

def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(3)])
    except* ValueError:
        raise TypeError("new")

try:
    try:
        raise ValueError(7)
    except* ValueError as e:
        print("caught", repr(e), repr(e.exceptions))
        import sys
        print(sys.exception() is e)
    print("after, e defined?", 'e' in dir())
except BaseException as x:
    print("bad", x)

try:
    raise ExceptionGroup("x", [OSError("a")])
except* (ValueError, TypeError):
    print("no")
except* OSError as e:
    print("os", repr(e))
else:
    print("else")

try:
    pass
except* ValueError:
    pass
else:
    print("else ran")
finally:
    print("finally ran")

try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TE", e)
try:
    try:
        raise ValueError(1)
    except* 5:
        pass
except TypeError as e:
    print("TE", e)

def g():
    for i in range(3):
        try:
            raise ExceptionGroup("h", [ValueError(i)])
        except* ValueError as e:
            for j in range(2):
                if j:
                    break
            print("loop", i, j, repr(e))
g()


def nested():
    try:
        raise ExceptionGroup("n", [ValueError(1), ExceptionGroup("m", [KeyError(2), ValueError(3)])])
    except* ValueError as e:
        print(repr(e))
    except* KeyError as e:
        print(repr(e))


def notes():
    eg = ExceptionGroup("n", [ValueError(1), KeyError(2)])
    eg.add_note("a note")
    try:
        raise eg
    except* ValueError:
        raise
    except* KeyError:
        pass


def context_of_new():
    try:
        raise ExceptionGroup("c", [ValueError(1)])
    except* ValueError as e:
        raise KeyError("k") from None


nested()
try:
    notes()
except ExceptionGroup as e:
    print(repr(e), e.__notes__)
try:
    context_of_new()
except ExceptionGroup as e:
    print(repr(e), repr(e.exceptions[0].__cause__), e.exceptions[0].__suppress_context__)
f()
