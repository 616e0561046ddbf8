# finally interacting with return / break / continue.
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally after return in try")
print(ret_in_try())
def ret_overridden():
    try:
        return "try"
    finally:
        print("finally runs before override")
def ret_value_captured():
    x = "original"
    try:
        return x
    finally:
        x = "changed"
print(ret_overridden(), ret_value_captured())
def exc_then_return():
    try:
        raise ValueError("boom")
    except ValueError:
        return "from except"
    finally:
        print("finally after except-return")
print(exc_then_return())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")
def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(nested_finally())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("cleanup", n)
print(while_finally())
def finally_raises():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    finally_raises()
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
def generator_cleanup():
    results = []
    for x in range(3):
        try:
            results.append(x)
        finally:
            results.append("f%d" % x)
    return results
print(generator_cleanup())
def try_else_finally(fail):
    out = []
    try:
        out.append("try")
        if fail:
            raise RuntimeError
    except RuntimeError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(try_else_finally(False), try_else_finally(True))
def loop_break_in_except():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if str(e) == "1":
                break
            print("handled", e)
        finally:
            print("finally in loop", i)
    return i
print(loop_break_in_except())
