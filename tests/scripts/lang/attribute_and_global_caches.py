# Lookups that the interpreter caches must see every change.
# Globals: rebinding, deletion falling back to builtins, shadowing a
# builtin after it was read, globals() writes, one code object run with
# different globals.
counter = 1


def read_counter():
    return counter


print(read_counter())
counter = 2
print(read_counter())
globals()["counter"] = 3
print(read_counter())


def use_len():
    return len([1, 2, 3])


print(use_len())
len = lambda x: "shadowed"  # noqa: E731
print(use_len())
del len
print(use_len())

for i in range(3):
    globals()[f"extra{i}"] = i  # adding keys must not confuse cached slots
print(read_counter(), extra2)
del counter
try:
    read_counter()
except NameError as e:
    print("NameError:", e)
counter = 10
print(read_counter())

code = compile("result = base * 2", "<cached>", "exec")
g1 = {"base": 5}
g2 = {"base": 7}
for g in (g1, g2, g1):
    exec(code, g)
    print(g["result"])


# Class attributes: reassigned, deleted, patched on a base after a
# subclass read them, shadowed per instance, __getattribute__ added.
class Base:
    kind = "base"

    def hello(self):
        return "Base.hello"


class Child(Base):
    pass


c = Child()
print(c.kind, c.hello())
Base.kind = "patched"
Base.hello = lambda self: "patched hello"
print(c.kind, c.hello())
Child.kind = "child"
print(c.kind)
del Child.kind
print(c.kind)
c.kind = "instance"
print(c.kind)
del c.kind
print(c.kind)
del Base.kind
try:
    c.kind
except AttributeError as e:
    print("AttributeError:", e)


def loud(self, name):
    return f"intercepted {name}"


Child.__getattribute__ = loud
print(c.anything, c.hello)
del Child.__getattribute__
print(c.hello())


class Other:
    def hello(self):
        return "Other.hello"


c.__class__ = Other
print(c.hello())


# Properties added after instances stored a plain attribute.
class P:
    pass


p = P()
p.x = 1
print(p.x)
P.x = property(lambda self: "property wins")
print(p.x)
del P.x
print(p.x)


# A data descriptor defined later takes over stores too.
class Store:
    pass


s = Store()
s.v = 1


class Desc:
    def __get__(self, obj, owner):
        return "desc get"

    def __set__(self, obj, value):
        print("desc set", value)


Store.v = Desc()
s.v = 2
print(s.v, s.__dict__)
