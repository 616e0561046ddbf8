# raise ... from ..., from None, implicit chaining, __cause__ / __context__.
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad key") from e
except ValueError as err:
    print(type(err).__name__, err)
    print("cause:", repr(err.__cause__))
    print("context:", repr(err.__context__))
    print("suppress:", err.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as err:
    print(type(err).__name__, err)
    print("cause:", err.__cause__)
    print("context:", repr(err.__context__))
    print("suppress:", err.__suppress_context__)
try:
    try:
        int("x")
    except ValueError:
        raise LookupError("clean") from None
except LookupError as err:
    print(type(err).__name__, err)
    print("cause:", err.__cause__)
    print("context:", repr(err.__context__))
    print("suppress:", err.__suppress_context__)
try:
    raise TypeError("outer") from KeyError("explicit cause")
except TypeError as err:
    print(repr(err), repr(err.__cause__), err.__context__)
try:
    raise IndexError("x") from ValueError
except IndexError as err:
    print(repr(err.__cause__))
e1 = ValueError("plain")
print(e1.__cause__, e1.__context__, e1.__suppress_context__)
def chain_three():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise ValueError("b")
    except ValueError:
        raise TypeError("c")
try:
    chain_three()
except TypeError as err:
    chain = []
    cur = err
    while cur is not None:
        chain.append(type(cur).__name__ + ":" + str(cur))
        cur = cur.__context__
    print(chain)
try:
    raise ValueError("bad") from 42
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        raise inner from inner
except KeyError as err:
    print(err.__cause__ is err)
ex = RuntimeError("manual")
ex.__cause__ = ValueError("attached")
print(repr(ex.__cause__), ex.__suppress_context__)
try:
    try:
        raise ValueError("v")
    except ValueError:
        try:
            raise KeyError("k")
        except KeyError as k:
            print("nested context:", repr(k.__context__))
except Exception:
    print("not reached")
