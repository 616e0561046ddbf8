# contextvars: ContextVar get/set/reset, Token, Context mapping and run, errors.
import contextvars as cv


def short(x):
    return str(x).split(" at 0x")[0]


v = cv.ContextVar("v", default=1)
w = cv.ContextVar("w")
print(v.name, v.get(), w.get(5))
try:
    w.get()
except LookupError as e:
    print(type(e).__name__, short(e))
t = v.set(2)
print(t.var is v, t.old_value is cv.Token.MISSING, repr(cv.Token.MISSING))
ctx = cv.copy_context()
print(v in ctx, ctx[v], len(ctx), list(ctx.keys()) == [v])
v.reset(t)
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError", short(e), str(e).endswith("has already been used once"))
print(v.get(), ctx[v], ctx.get(w, "d"))


def f(a, b=0):
    v.set(a + b)
    return v.get()


print(ctx.run(f, 10, b=1), ctx[v], v.get())
try:
    ctx.run(lambda: ctx.run(f, 1))
except RuntimeError as e:
    print("RuntimeError", short(e))
try:
    ctx[1]
except TypeError as e:
    print("TypeError", e)
try:
    ctx[w]
except KeyError:
    print("KeyError")
print(type(cv.Context()).__name__, len(cv.Context()))
with v.set(7):
    print("inside with", v.get())
print("after with", v.get())
t2 = ctx.run(v.set, 3)
try:
    v.reset(t2)
except ValueError as e:
    print("ValueError", str(e).endswith("was created in a different Context"))
t3 = w.set("w")
try:
    v.reset(t3)
except ValueError as e:
    print("ValueError", str(e).endswith("was created by a different ContextVar"))
try:
    class X(cv.ContextVar):
        pass
except TypeError as e:
    print("TypeError", e)
print(short(repr(v)), short(repr(w)))
print(sorted(k.name for k in ctx), sorted(str(x) for x in ctx.values()))
c2 = ctx.copy()
c2.run(v.set, 100)
print(ctx[v], c2[v], len(c2.items()))
print(cv.ContextVar("q", default=None).get())
try:
    cv.ContextVar(5)
except TypeError as e:
    print("TypeError", e)
