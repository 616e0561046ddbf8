# Closures and nonlocal.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def shadow():
    x = 1
    def inner():
        x = 2
        return x
    inner()
    return x
print(shadow())
def accumulator():
    items = []
    def add(item):
        items.append(item)
        return list(items)
    return add
acc = accumulator()
print(acc(1), acc(2), acc("three"))
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
getter, setter = make_pair()
print(getter())
setter(42)
print(getter())
def nested_nonlocal():
    a = 1
    def level1():
        def level2():
            nonlocal a
            a += 10
        level2()
        return a
    return level1()
print(nested_nonlocal())
def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print(late())
def early():
    fns = []
    for i in range(3):
        fns.append(lambda i=i: i)
    return [f() for f in fns]
print(early())
def changes_after():
    x = 1
    def get():
        return x
    x = 2
    return get()
print(changes_after())
def counter_gen():
    total = 0
    def bump(by=1):
        nonlocal total
        total += by
        return total
    return bump
b = counter_gen()
print(b(), b(5), b(by=-2))
print(add5.__name__, make_counter.__name__)
def fact_maker():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(fact_maker()(20))
def unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return inner()
print(unbound())
