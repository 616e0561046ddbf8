# functools: reduce (with initial and its errors), wraps and update_wrapper.
import functools as ft

print(ft.reduce(lambda a, b: a + b, [1, 2, 3, 4]), ft.reduce(lambda a, b: a * b, range(1, 6), 10))
print(ft.reduce(lambda a, b: a + b, [], "init"), ft.reduce(max, [3], 0), ft.reduce(lambda a, b: b + a, "abc"))
print(ft.reduce(lambda a, b: a + [b], [1, 2], initial=[]))
for args in [(lambda a, b: a, []), (lambda a, b: a, 5), ()]:
    try:
        ft.reduce(*args)
    except TypeError as e:
        print("TypeError", e)


def deco(func):
    @ft.wraps(func)
    def wrapper(*a, **k):
        """wrapper doc"""
        return ("wrapped", func(*a, **k))
    return wrapper


@deco
def greet(name):
    """Say hi."""
    return "hi " + name


greet.__dict__["extra"] = 1
print(greet("bo"), greet.__name__, greet.__doc__, greet.__qualname__, greet.__wrapped__("x"))
print(ft.WRAPPER_ASSIGNMENTS, ft.WRAPPER_UPDATES)


def plain():
    pass


plain.marker = "m"
w = ft.update_wrapper(lambda: None, plain)
print(w.__name__, w.marker, w.__wrapped__ is plain)


def logged(func):
    @ft.wraps(func, assigned=("__name__",), updated=())
    def inner(*args):
        return func(*args)
    return inner


@logged
def documented():
    """has a doc"""


print(documented.__name__, documented.__doc__, documented.__wrapped__.__doc__)
print(ft.reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
