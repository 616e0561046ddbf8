# __cause__ / __context__ / __suppress_context__ in many situations, plus manual setting.
def info(e):
    return (type(e).__name__, str(e),
            None if e.__cause__ is None else type(e.__cause__).__name__,
            None if e.__context__ is None else type(e.__context__).__name__,
            e.__suppress_context__)

# Fresh exception: all defaults.
print(info(ValueError("fresh")))
# Implicit context in except.
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(info(e), e.__context__.args)
# Implicit context in finally.
try:
    try:
        raise KeyError("in try")
    finally:
        raise TypeError("in finally")
except TypeError as e:
    print(info(e))
# Explicit cause sets __suppress_context__; context still recorded.
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as e:
    print(info(e), e.__cause__ is e.__context__)
# from a different exception than the one being handled.
try:
    try:
        [][0]
    except IndexError:
        raise RuntimeError("other cause") from OSError("unrelated")
except RuntimeError as e:
    print(info(e))
# from None.
try:
    try:
        {}["k"]
    except KeyError:
        raise AttributeError("clean") from None
except AttributeError as e:
    print(info(e))
# from a class (instantiated).
try:
    raise ValueError("v") from KeyError
except ValueError as e:
    print(info(e), repr(e.__cause__))
# from a non-exception -> TypeError.
try:
    raise ValueError("v") from 5
except TypeError as e:
    print(type(e).__name__, e)
# Re-raising the same exception in except doesn't create self-context.
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise
except ValueError as e:
    print(info(e))
try:
    try:
        raise ValueError("same2")
    except ValueError as e:
        raise e
except ValueError as e:
    print(info(e))
# Nested handlers: context chain of three.
try:
    try:
        try:
            raise OSError("a")
        except OSError:
            raise KeyError("b")
    except KeyError:
        raise IndexError("c")
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(chain)
# Context cycles are broken.
try:
    try:
        raise ValueError("A")
    except ValueError as a:
        try:
            raise KeyError("B")
        except KeyError as b:
            raise a
except ValueError as e:
    print(info(e), e.__context__ is None or type(e.__context__).__name__)
# Manual attribute setting.
e = ValueError("manual")
e.__cause__ = KeyError("c")
print(info(e))
e.__suppress_context__ = False
e.__context__ = OSError("ctx")
print(info(e))
e.__cause__ = None
print(info(e))
try:
    e.__cause__ = "x"
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 1
except TypeError as err:
    print(type(err).__name__, err)
# Exception raised in generator's handling preserves context.
def g():
    try:
        yield 1
    except GeneratorExit:
        raise RuntimeError("from close")
gen = g(); next(gen)
try:
    gen.close()
except RuntimeError as e:
    print(info(e))
# Context set while an exception is being handled in a called function.
def helper():
    raise LookupError("helper")
try:
    try:
        raise ValueError("outer")
    except ValueError:
        helper()
except LookupError as e:
    print(info(e))
# After the except block, no context leaks.
try:
    raise ValueError("x")
except ValueError:
    pass
try:
    raise KeyError("after")
except KeyError as e:
    print(info(e))
# with-statement __exit__ raising.
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("exit")
try:
    with Ctx():
        raise ValueError("body")
except RuntimeError as e:
    print(info(e))
# __traceback__ exists and is cleared on fresh exceptions
print(ValueError().__traceback__)
try:
    raise ValueError
except ValueError as e:
    print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno, e.__traceback__.tb_next)
# The uncaught chained traceback's last line shows only the final exception.
def level1():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("final error in chain") from e
level1()
