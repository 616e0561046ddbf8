# try/except/else/finally flow with continue/break/return, re-raise, with blocks.
def f1():
    for i in range(3):
        try:
            try:
                if i == 1: raise ValueError(i)
            finally:
                print("inner fin", i)
        except ValueError as e:
            print("caught", e); continue
        else:
            print("else", i)
        finally:
            print("outer fin", i)
f1()
def f2():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise TypeError("b")
        except TypeError as e:
            print("ctx", repr(e.__context__))
        print("still handling")
f2()
def f3():
    x = 0
    while True:
        try:
            x += 1
            if x > 2: return x
        finally:
            print("f3 fin", x)
print(f3())
def f4():
    try: 1 / 0
    except ZeroDivisionError as e: err = e
    return err
print(repr(f4()))
def f5():
    e = 1
    try: raise ValueError
    except ValueError as e: pass
    try: return e
    except NameError as ex: return "deleted: " + str(ex)
print(f5())
def f6():
    try:
        raise ValueError("orig")
    except ValueError:
        raise
try: f6()
except ValueError as e: print("reraised", e)
def f7():
    try: raise ValueError("a")
    except ValueError as e:
        raise RuntimeError("b") from e
try: f7()
except RuntimeError as e: print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__)
def f8():
    try: return [1]
    finally: print("before return value used")
print(f8())
def f9(n):
    result = []
    for i in range(n):
        try:
            if i % 2: continue
            result.append(i)
        finally:
            result.append(-1)
    else:
        result.append("else")
    return result
print(f9(4))
try:
    try: raise ValueError("inner")
    finally: print("cleanup")
except ValueError as e: print("outer caught", e)
try:
    raise TypeError("x")
except (ValueError, TypeError) as e:
    print(type(e).__name__)
except Exception:
    print("never")
class Res:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n, a[0].__name__ if a[0] else None); return False
try:
    with Res(1) as a, Res(2) as b:
        print("body", a, b); raise ValueError("in with")
except ValueError as e: print("propagated", e)
def with_return():
    with Res(3): return "ret"
print(with_return())
for i in range(3):
    with Res(i):
        if i == 1: continue
        if i == 2: break
