# Metaclasses: class M(type) with __new__/__init__/__call__, __prepare__,
# class keywords, metaclass methods and dunders on classes, the winner rule.
class Meta(type):
    registry = []

    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}

    def __iter__(cls):
        return iter(["x", "y"])

    def __len__(cls):
        return 2

    def __getitem__(cls, k):
        return f"item {k}"

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

    def describe(cls):
        return f"I am {cls.__name__}"

    def __contains__(cls, v):
        return v == "x"


class Base(metaclass=Meta, color="red"):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()


class Child(Base, color="blue"):
    pass


print(Meta.registry, type(Child).__name__, Child.injected, list(Child), len(Child))
print(Child[3], repr(Child), Child.describe(), "x" in Child, "z" in Child)
print(isinstance(Child, Meta), isinstance(Child, type), issubclass(Meta, type))
X = Meta("X", (), {"a": 1})
print(X.a, type(X).__name__)
Y = type("Y", (Base,), {})
print(type(Y).__name__)


class M2(type):
    pass


class A2(metaclass=M2):
    pass


try:
    class C2(A2, Base):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counting(type):
    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__, args, kwargs)
        obj = super().__call__(*args, **kwargs)
        obj.created_by = "Counting"
        return obj


class Point(metaclass=Counting):
    def __init__(self, x, y=0):
        self.x, self.y = x, y


p = Point(1, y=2)
print(p.x, p.y, p.created_by, type(Point).__name__)
try:
    class Plain(flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)
