# finally on every exit path: return/break/continue through nested try blocks,
# loops with else, exceptions inside finally, generators, and with statements.
log = []
def nested_return():
    try:
        try:
            log.append("inner try")
            return "value"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(nested_return(), log)

log.clear()
for i in range(4):
    try:
        try:
            if i == 0:
                continue
            if i == 2:
                break
            log.append(f"body {i}")
        finally:
            log.append(f"inner finally {i}")
    finally:
        log.append(f"outer finally {i}")
else:
    log.append("else not run")
print(log)

log.clear()
i = 0
while True:
    i += 1
    try:
        if i < 3:
            continue
        break
    finally:
        log.append(i)
print(log)

# break inside except inside loop; finally still runs.
log.clear()
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        log.append(f"except {e}")
        if i == 1:
            break
    finally:
        log.append(f"finally {i}")
print(log)

# Return value computed before finally; finally mutating the object affects it.
def mutate():
    data = []
    try:
        return data
    finally:
        data.append("added in finally")
print(mutate())

# Exception raised in finally replaces the pending return / exception.
def replaced_return():
    try:
        return "lost"
    finally:
        raise KeyError("from finally")
try:
    replaced_return()
except KeyError as e:
    print("got", repr(e), e.__context__)
def replaced_exc():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")
try:
    replaced_exc()
except TypeError as e:
    print("got", repr(e), "context:", repr(e.__context__))

# finally + else ordering.
def order(fail):
    out = []
    try:
        out.append("try")
        if fail:
            raise RuntimeError
    except RuntimeError:
        out.append("except")
    else:
        out.append("else")
        return out + ["returned-from-else"]
    finally:
        out.append("finally")
    out.append("after")
    return out
print(order(False), order(True))

# Deep return through many finally blocks in a recursive function.
log.clear()
def rec(n):
    try:
        if n == 0:
            return "bottom"
        return rec(n - 1) + f"<{n}"
    finally:
        log.append(n)
print(rec(3), log)

# finally in a generator runs on exhaustion and on close().
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("  gen finally", tag)
print(list(gen("exhaust")))
g = gen("close"); next(g); g.close()
it = gen("break")
for v in it:
    break
print("after break loop")
it.close()

# Exceptions in except are wrapped but finally still runs.
def except_raises():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("in except")
    finally:
        print("  finally after except raised")
try:
    except_raises()
except ValueError as e:
    print(repr(e), repr(e.__context__))

# try/finally without except propagates.
def no_except():
    try:
        [][1]
    finally:
        print("  cleanup")
try:
    no_except()
except IndexError as e:
    print("propagated", e)

# continue in try with finally inside while/else.
n = 0
out = []
while n < 3:
    n += 1
    try:
        if n == 2:
            continue
        out.append(n)
    finally:
        out.append(f"f{n}")
else:
    out.append("while-else")
print(out)
# sys.exc_info in finally during propagation vs normal exit.
import sys
def exc_in_finally(fail):
    try:
        if fail:
            raise KeyError("k")
    finally:
        info = sys.exc_info()[0]
        print("  exc_info in finally:", info.__name__ if info else None)
exc_in_finally(False)
try:
    exc_in_finally(True)
except KeyError:
    pass
# A finally that itself uses try/except internally.
def inner_handled():
    try:
        return "ret"
    finally:
        try:
            raise OSError("handled inside finally")
        except OSError as e:
            print("  handled:", e)
print(inner_handled())
