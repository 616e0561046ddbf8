# Default argument values, including the mutable-default gotcha.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Hey", "?"))
print(greet("Di", punct="."))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
counter_default = 10
def uses_default(x=counter_default):
    return x
counter_default = 20
print(uses_default(), counter_default)
def count_calls(cache={}):
    cache["n"] = cache.get("n", 0) + 1
    return cache["n"]
print(count_calls(), count_calls(), count_calls({}))
print(count_calls())
def defaults_expr(a, b=2 * 3, c=len("abc")):
    return a + b + c
print(defaults_expr(1), defaults_expr(1, 1), defaults_expr(1, c=0))
print(greet.__defaults__, append_safe.__defaults__, defaults_expr.__defaults__)
print(greet.__name__, append_to.__name__)
def f(a, b=1, *args, c=5, **kw):
    return (a, b, args, c, kw)
print(f(0), f(0, 2, 3, 4), f(0, c=9, z=1))
print(f.__kwdefaults__)
def g(x, y=[]):
    y = y + [x]
    return y
print(g(1), g(2))
def none_default(value=None):
    return "got None" if value is None else "got " + repr(value)
print(none_default(), none_default(0), none_default(""))
def lst_default(n, acc=[]):
    if n == 0:
        return acc
    acc.append(n)
    return lst_default(n - 1, acc)
print(lst_default(3))
print(lst_default(2))
