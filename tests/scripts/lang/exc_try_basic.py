# try / except / else / finally basics.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("  caught division by zero")
        return None
    else:
        print("  else: no exception")
        return result
    finally:
        print("  finally runs")
print(divide(6, 3))
print(divide(1, 0))
try:
    int("x")
except (TypeError, ValueError) as e:
    print("tuple handler:", type(e).__name__, e)
try:
    [][0]
except KeyError:
    print("wrong handler")
except IndexError as e:
    print("second handler:", e)
except Exception:
    print("too general")
try:
    {}["k"]
except LookupError as e:
    print("base class handler:", type(e).__name__, e)
try:
    try:
        1 / 0
    except ValueError:
        print("not this one")
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("outer caught it")
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("caught", type(e).__name__, e, "context:", repr(e.__context__))
def reraise():
    try:
        raise KeyError("original")
    except KeyError:
        print("handling, then re-raising")
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised:", repr(e))
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
finally:
    print("finally without exception")
e = "before"
try:
    raise RuntimeError("x")
except RuntimeError as e:
    print("bound:", e)
try:
    print(e)
except NameError as ne:
    print("name cleared after except:", type(ne).__name__, ne)
try:
    raise Exception("plain", 42)
except Exception as ex:
    print(ex.args, str(ex), repr(ex))
for exc in (ValueError, TypeError, KeyError, IndexError, AttributeError, ZeroDivisionError):
    try:
        raise exc("msg")
    except (ValueError, TypeError):
        print(exc.__name__, "-> group 1")
    except LookupError:
        print(exc.__name__, "-> group 2")
    except Exception:
        print(exc.__name__, "-> fallback")
try:
    raise ValueError
except ValueError as v:
    print("class raised:", repr(v), v.args)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        print("succeeded after", count)
        break
    except ValueError as err:
        print("retry", err)
