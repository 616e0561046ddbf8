# yield from with send/throw/close, return values, closing generators.
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner-ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3
    return "outer-ret"
g = outer()
print(next(g), g.send("a"), g.send("b"))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
c = catcher()
next(c)
c.throw(ValueError("boom"))
try:
    c.throw(TypeError("t"))
except TypeError as e:
    print("propagated", e)
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closing")
cl = closer()
next(cl)
cl.close()
cl.close()
print(list(cl))
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
ge = (x for x in range(3))
try:
    ge.send(5)
except TypeError as e:
    print(type(e).__name__, e)
def raises_stop():
    yield 1
    raise StopIteration("x")
try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def running():
    yield gen.send(None)
gen = running()
try:
    next(gen)
except ValueError as e:
    print(type(e).__name__, e)
def deleg():
    yield from [1, 2]
    yield from range(2)
    yield from "ab"
    yield from (x * 10 for x in range(2))
print(list(deleg()))
def thrower():
    yield from catcher()
t = thrower()
next(t)
t.throw(ValueError("via yield from"))
t.close()
def gen_ret():
    return 1
    yield
try:
    next(gen_ret())
except StopIteration as e:
    print("val", e.value, e.args)
gr = gen_ret()
print(gr.__name__, type(gr).__name__, gr.gi_running)
sq = (i * i for i in range(3))
print(sq.__name__, next(sq), list(sq), list(sq))
def counter():
    n = 0
    while True:
        cmd = yield n
        n = 0 if cmd == "reset" else n + 1
ct = counter()
print(next(ct), next(ct), ct.send("reset"), next(ct))
def averager():
    total, n = 0, 0
    while True:
        v = yield (total / n if n else None)
        if v is None:
            return total
        total, n = total + v, n + 1
def collect():
    result = yield from averager()
    yield "total=%s" % result
av = collect()
print(next(av), av.send(10), av.send(20), av.send(None))
try:
    next(iter(inner()))
    inner().throw(KeyError)
except KeyError as e:
    print("thrown class", repr(e))
