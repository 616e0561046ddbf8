# Generator send(), throw() and close().
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc))
print(acc.send(10), acc.send(5), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("final total:", e.value)
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))
def averager():
    count = 0
    total = 0.0
    avg = None
    while True:
        x = yield avg
        count += 1
        total += x
        avg = total / count
av = averager()
next(av)
print([av.send(v) for v in (10, 20, 60)])
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  caught inside:", e)
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("injected")))
print(next(c))
try:
    c.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(c, "generator finished"))
def closable():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup on close")
cl = closable()
print(next(cl))
cl.close()
print(next(cl, "closed"))
cl2 = closable()
cl2.close()
print("closed before start, no cleanup printed")
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
ig = ignores_exit()
next(ig)
ig.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
bc = bad_close()
next(bc)
try:
    bc.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def throw_into_new():
    yield 1
t = throw_into_new()
try:
    t.throw(IndexError("before start"))
except IndexError as e:
    print("unstarted throw:", e)
print(next(t, "dead"))
def running_total():
    total = 0
    received = []
    while True:
        item = yield
        if item == "stop":
            return received, total
        received.append(item)
        total += item
rt = running_total()
next(rt)
for v in (1, 2, 3):
    rt.send(v)
try:
    rt.send("stop")
except StopIteration as e:
    print(e.value)
def gen_send_first():
    first = yield "ready"
    second = yield "got " + str(first)
    yield "got " + str(second)
s = gen_send_first()
print(s.send(None), s.send("A"), s.send("B"))
