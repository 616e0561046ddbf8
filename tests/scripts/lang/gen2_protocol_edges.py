# Generator protocol edge cases: throw into yield from, close semantics, gi_ states,
# StopIteration.value forms, return in generator, RuntimeError from StopIteration.
def sub():
    x = None
    try:
        x = yield "sub1"
        print("  sub got", x)
        y = yield "sub2"
        print("  sub got", y)
    except KeyError as e:
        print("  sub caught", repr(e))
        yield "sub-recovered"
    finally:
        print("  sub finally")
    return ("sub-ret", x)

def outer():
    r = yield from sub()
    print("  outer got return", r)
    yield "outer-last"
    return "outer-ret"

g = outer()
print(next(g), g.send("A"), g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)

g = outer()
print(next(g), g.throw(KeyError("k")))
print(next(g))
try:
    print(next(g))
except StopIteration as e:
    print("done", e.value)

# throw that isn't caught by sub propagates to outer's caller via yield from.
g = outer()
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e)
print(next(g, "exhausted"))

# close(): GeneratorExit delivered to sub; finally clauses run.
g = outer()
next(g)
g.close()
print("closed; next ->", next(g, "exhausted"))
g.close()  # closing twice is fine

# close() on a generator that yields in finally -> RuntimeError.
def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

# close() return value (3.13+): value returned after catching GeneratorExit.
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "closing value"
r = returns_on_close(); next(r)
print("close returned", r.close())
r2 = returns_on_close()
print("close unstarted", r2.close())

# Return forms and StopIteration.value.
def ret_none():
    return
    yield
def ret_tuple():
    yield 0
    return 1, 2
def ret_exc():
    if False: yield
    return StopIteration("inner")
for gen in (ret_none(), ret_tuple(), ret_exc()):
    try:
        while True: next(gen)
    except StopIteration as e:
        print(repr(e.value), e.args)
print(repr(StopIteration().value), StopIteration(1, 2).value, StopIteration(None).args)

# raise StopIteration inside generator -> RuntimeError (PEP 479).
def bad():
    yield 1
    raise StopIteration("leak")
b = bad(); next(b)
try:
    next(b)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
# next() inside generator propagating StopIteration -> also RuntimeError
def uses_next():
    it = iter([])
    yield next(it)
try:
    list(uses_next())
except RuntimeError as e:
    print(type(e).__name__, e)

# Generator states.
def states():
    print("  running inside:", st.gi_running, st.gi_suspended)
    yield 1
st = states()
print(st.gi_running, st.gi_suspended, st.gi_frame is not None)
next(st)
print(st.gi_running, st.gi_suspended, st.gi_frame is not None)
list(st)
print(st.gi_running, st.gi_suspended, st.gi_frame)
# Re-entrancy: generator already executing.
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

# send non-None to just-started generator.
def plain():
    yield 1
try:
    plain().send(5)
except TypeError as e:
    print(type(e).__name__, e)
# throw with a class, instance, and bad args.
def t():
    try:
        yield 1
    except Exception as e:
        yield f"caught {type(e).__name__}:{e}"
tg = t(); next(tg)
print(tg.throw(IndexError))
tg = t(); next(tg)
try:
    tg.throw(5)
except TypeError as e:
    print(type(e).__name__, e)
# throw into a not-started generator raises immediately at the start.
tg = t()
try:
    tg.throw(OSError("early"))
except OSError as e:
    print("early throw propagates", e)
print(next(tg, "finished"))

# yield as expression precedence and yield inside expressions.
def exprs():
    x = yield
    y = (yield x) + 1
    z = [(yield y), (yield "second")]
    yield z
e = exprs()
print(next(e), e.send(10), e.send(5), e.send("a"), e.send("b"))

# yield from a non-generator iterator and a generator's return value through layers.
def layer(n):
    if n == 0:
        yield "bottom"
        return 0
    v = yield from layer(n - 1)
    return v + 1
def top():
    depth = yield from layer(3)
    yield ("depth", depth)
print(list(top()))
def yf_iter():
    r = yield from iter([1, 2])
    yield ("ret", r)
print(list(yf_iter()))
# generator attributes
def named(): yield
gn = named()
print(gn.__name__, gn.__qualname__, type(gn).__name__, iter(gn) is gn)
