# Attributes and str of built-in exception classes.
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

e = OSError(2, "No such file")
print(str(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
e = OSError(2, "nf", "data.txt")
print(str(e), e.args, e.filename)
e = OSError(2, "nf", None)
print(str(e), e.args, e.filename)
e = OSError(2, "nf", "a", None, "b")
print(str(e), e.args, e.filename, e.filename2)
e = OSError("plain message")
print(str(e), e.args, e.errno, e.strerror)
e = OSError(5)
print(str(e), e.errno)
e = OSError(1, 2, 3, 4, 5, 6)
print(str(e), e.errno, e.filename)
print(repr(OSError()), str(OSError()), str(OSError(None, "x")))
e = FileNotFoundError(2, "No such file or directory", "x.txt")
print(str(e), e.errno, isinstance(e, OSError))
e = PermissionError(13, "denied")
e.filename = "late.txt"
print(str(e))
print(IOError is OSError, EnvironmentError is OSError)
t("OSError kw", lambda: OSError(x=1))
e = AttributeError("msg", name="attr", obj=42)
print(e.args, e.name, e.obj, str(e))
e = AttributeError("msg")
print(e.name, e.obj)
t("AttributeError kw", lambda: AttributeError("a", bogus=1))
e = NameError("n", name="q")
print(e.name, repr(e))
print(NameError("n").name)
t("NameError kw", lambda: NameError(obj=1))
e = ImportError("m", name="mod", path="/p")
print(e.msg, e.name, e.path, str(e), repr(e))
e = ImportError()
print(e.msg, repr(str(e)))
e = ImportError("a", "b")
print(e.msg, str(e))
t("ImportError kw", lambda: ImportError(bogus=1))
e = ModuleNotFoundError("No module named 'x'", name="x")
print(e.name, e.msg)
t("ValueError kw", lambda: ValueError(x=1))
class Custom(Exception):
    pass
t("subclass kw", lambda: Custom(x=1))
class WithInit(Exception):
    def __init__(self, **kw):
        super().__init__()
        self.kw = kw
print(WithInit(a=1).kw, repr(WithInit(a=1)))
class TwoArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
print(repr(TwoArgs(1, b=2)), TwoArgs(1, 2).args)
print(StopIteration().value, StopIteration(3).value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), repr(KeyError("k")))
print(str(UnicodeError("u")), repr(LookupError()), str(ArithmeticError(1)))
e = ValueError("base")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
t("add_note non-str", lambda: e.add_note(5))
