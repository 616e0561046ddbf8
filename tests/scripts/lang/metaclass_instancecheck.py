class M(type):
    def __instancecheck__(cls, obj):
        print("hook", cls.__name__, type(obj).__name__)
        return False
class Base(metaclass=M):
    pass
class Sub(Base):
    pass
print(isinstance(Base(), Base))
print(isinstance(Sub(), Base))
print(isinstance(3, Base))
