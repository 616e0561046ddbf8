# functools.partial / partialmethod / Placeholder: calls, attributes, reprs, errors.
import functools as ft


def f(a, b=2, *rest, **kw):
    return (a, b, rest, kw)


def short(r):
    while " at 0x" in r:
        i = r.index(" at 0x")
        j = i + 6
        while j < len(r) and r[j] in "0123456789abcdef":
            j += 1
        r = r[:i] + r[j:]
    return r


p = ft.partial(f, 1, b=3)
print(p(), p(b=0), p(z=9), p.func is f, p.args, p.keywords)
print(short(repr(p)))
p2 = ft.partial(ft.partial(f, 1, z=0), 7, k="v")
print(p2.func is f, p2.args, p2.keywords, p2())
print(short(repr(p2)))
print(repr(ft.partial(max, 1, 2)), ft.partial(max, 1, 2)(0, 5))
print(repr(ft.partial(sorted, key=len)), ft.partial(sorted, key=len)(["ccc", "a", "bb"]))
print(repr(ft.partial(print)), ft.partial(int, base=2)("101"))
pow2 = ft.partial(pow, 2)
print([pow2(i) for i in range(6)])
p.attr = "set"
print(p.attr)

P = ft.Placeholder
print(repr(P), ft.partial(f, P, "second")("first"))
pp = ft.partial(f, P, P, 3)
print(pp(1, 2), pp(1, 2, 4, x=5), short(repr(pp)))
pp2 = ft.partial(pp, "A")
print(pp2.args, pp2("B"))
print(ft.partial(pp, "A", "B", "C").args)


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("no func", lambda: ft.partial())
attempt("not callable", lambda: ft.partial(1))
attempt("trailing", lambda: ft.partial(f, 1, P))
attempt("kw placeholder", lambda: ft.partial(f, a=P))
attempt("missing", lambda: pp(1))
attempt("bad call", lambda: ft.partial(len)(1, 2))


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, note=""):
        self.alive = state
        return (state, note)

    set_alive = ft.partialmethod(set_state, True)
    set_dead = ft.partialmethod(set_state, False, note="rip")
    cls_info = ft.partialmethod(classmethod(lambda cls, x: (cls.__name__, x)), 5)


c = Cell()
print(c.alive, c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive("n"))
print(c.cls_info(), Cell.cls_info())
print(short(repr(Cell.__dict__["set_dead"])).replace("<function Cell.", "<Cell."))
attempt("partialmethod()", lambda: ft.partialmethod())
attempt("partialmethod(1)", lambda: ft.partialmethod(1))
