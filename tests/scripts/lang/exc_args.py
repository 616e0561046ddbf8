# Exception args, str and repr.
cases = [
    Exception(),
    Exception("one"),
    Exception("one", 2),
    Exception(None),
    ValueError(""),
    KeyError("key"),
    KeyError(42),
    KeyError(),
    KeyError("a", "b"),
    IndexError("idx"),
    TypeError("t", [1, 2]),
    ZeroDivisionError("zde"),
    StopIteration(5),
    RuntimeError(("tuple",)),
    AttributeError("attr"),
    NameError("nm"),
    NotImplementedError(),
    ArithmeticError("arith"),
    OverflowError("over"),
    AssertionError("assert msg"),
    LookupError(),
    UnicodeError("u"),
    RecursionError("deep"),
]
for ex in cases:
    print(type(ex).__name__, "| args:", ex.args, "| str:", str(ex), "| repr:", repr(ex))
e = ValueError("changeable")
e.args = ("new", "args")
print(e, repr(e))
print(StopIteration(7).value, StopIteration().value)
print(isinstance(KeyError(), LookupError), isinstance(ZeroDivisionError(), ArithmeticError))
print(issubclass(IndexError, LookupError), issubclass(ValueError, Exception), issubclass(Exception, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(StopIteration, Exception))
print(ValueError.__name__, ValueError.__mro__)
print(KeyError.__mro__)
print(str(Exception("a", "b")), str(Exception(("a",))))
print(repr(BaseException()), repr(SystemExit(3)), SystemExit(3).code, SystemExit().code)
print(type(ValueError("x")) is ValueError, ValueError("x") == ValueError("x"))
