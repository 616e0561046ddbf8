# Nested handlers, exceptions inside handlers, bare raise, except (A, B) as e.
def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError("bad type")
    if kind == "key":
        raise KeyError("bad key")
    return "ok"
for kind in ("value", "type", "key", "none"):
    try:
        print(risky(kind))
    except (ValueError, TypeError) as e:
        print("group:", type(e).__name__, e)
    except KeyError as e:
        print("key:", e)
def handler_raises():
    try:
        raise ValueError("first")
    except ValueError as e:
        try:
            raise TypeError("second")
        except TypeError as inner:
            print("inner handler:", inner, "| context:", repr(inner.__context__))
        print("outer handler still has:", repr(e))
handler_raises()
def bare_raise_after_inner():
    try:
        raise ValueError("outer exception")
    except ValueError:
        try:
            raise KeyError("inner exception")
        except KeyError:
            pass
        raise
try:
    bare_raise_after_inner()
except Exception as e:
    print("bare raise re-raised:", type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def deep(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        deep(n - 1)
    finally:
        print("  unwinding", n)
try:
    deep(3)
except IndexError as e:
    print("caught from depth:", e)
def catch_and_convert():
    try:
        {}["x"]
    except KeyError as e:
        return "converted " + repr(e)
print(catch_and_convert())
errors = []
for value in ["1", "x", None, "3"]:
    try:
        errors.append(int(value))
    except ValueError:
        errors.append("ValueError")
    except TypeError:
        errors.append("TypeError")
print(errors)
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong type, not caught here")
except ValueError as e:
    print("caught by outer:", e)
def exception_var_scope():
    try:
        raise ValueError("scoped")
    except ValueError as err:
        saved = err
    try:
        err
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    return saved
print(repr(exception_var_scope()))
try:
    try:
        1 / 0
    finally:
        print("finally before outer handler")
except ZeroDivisionError:
    print("outer handler after finally")
try:
    raise ValueError("a")
except Exception as e:
    print(isinstance(e, ValueError), type(e) is ValueError)
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise e
except KeyError as e2:
    print("re-raised via name:", repr(e2))
result = []
try:
    for i in range(5):
        try:
            if i == 3:
                raise StopIteration
            result.append(i)
        except ValueError:
            pass
except StopIteration:
    result.append("stopped")
print(result)
