# The built-in exception hierarchy: __mro__ names, issubclass checks, catching by base.
def mro(cls):
    return " > ".join(c.__name__ for c in cls.__mro__)

for cls in [ZeroDivisionError, OverflowError, FloatingPointError, KeyError, IndexError,
            ModuleNotFoundError, ImportError, TimeoutError, BrokenPipeError,
            ConnectionResetError, ConnectionRefusedError, ConnectionAbortedError,
            FileNotFoundError, FileExistsError, IsADirectoryError, NotADirectoryError,
            PermissionError, ProcessLookupError, ChildProcessError, InterruptedError,
            BlockingIOError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError,
            RecursionError, NotImplementedError, PythonFinalizationError,
            StopAsyncIteration, StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit,
            ExceptionGroup, BaseExceptionGroup, UnboundLocalError, NameError,
            IndentationError, TabError, SyntaxError, AssertionError, AttributeError,
            BufferError, EOFError, MemoryError, ReferenceError, TypeError, ValueError,
            LookupError, ArithmeticError, OSError, RuntimeError, Exception, BaseException,
            DeprecationWarning, UserWarning, SyntaxWarning, RuntimeWarning, FutureWarning,
            PendingDeprecationWarning, ImportWarning, UnicodeWarning, BytesWarning,
            ResourceWarning, EncodingWarning, Warning]:
    print(f"{cls.__name__:28} {mro(cls)}")

# Aliases.
print(IOError is OSError, EnvironmentError is OSError, TimeoutError.__module__, type(OSError).__name__)
# issubclass across branches.
checks = [
    (ZeroDivisionError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError),
    (KeyError, IndexError), (ModuleNotFoundError, ImportError), (TimeoutError, OSError),
    (BrokenPipeError, ConnectionError), (ConnectionError, OSError), (UnicodeDecodeError, ValueError),
    (UnicodeError, ValueError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (StopAsyncIteration, Exception), (StopIteration, Exception), (GeneratorExit, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException), (ExceptionGroup, Exception),
    (ExceptionGroup, BaseExceptionGroup), (BaseExceptionGroup, Exception), (Warning, Exception),
    (DeprecationWarning, Warning), (UnboundLocalError, NameError), (TabError, SyntaxError),
    (FloatingPointError, ArithmeticError), (AssertionError, Exception), (bool, Exception),
]
for sub, sup in checks:
    print(f"issubclass({sub.__name__}, {sup.__name__}) = {issubclass(sub, sup)}")

# Catching by base classes.
def raiser(exc):
    raise exc
cases = [ZeroDivisionError("z"), KeyError("k"), ModuleNotFoundError("m"), BrokenPipeError("p"),
         UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), RecursionError("r"),
         StopAsyncIteration("s"), NotImplementedError("n"), TimeoutError("t")]
for exc in cases:
    try:
        raiser(exc)
    except (LookupError, ArithmeticError) as e:
        print("lookup/arith:", type(e).__name__)
    except ImportError as e:
        print("import:", type(e).__name__, e.name)
    except OSError as e:
        print("oserror:", type(e).__name__, e.errno)
    except ValueError as e:
        print("value:", type(e).__name__, e.reason)
    except RuntimeError as e:
        print("runtime:", type(e).__name__)
    except Exception as e:
        print("exception:", type(e).__name__)
# BaseException subclasses aren't caught by except Exception.
for exc in [KeyboardInterrupt(), SystemExit(3), GeneratorExit()]:
    try:
        try:
            raise exc
        except Exception:
            print("wrongly caught")
    except BaseException as e:
        print("base caught:", type(e).__name__, e.args)
# Direct subclasses of ArithmeticError / LookupError (order of definition).
def builtin_subs(cls):
    return sorted(c.__name__ for c in cls.__subclasses__() if c.__module__ == "builtins")
print(builtin_subs(ArithmeticError), builtin_subs(LookupError), builtin_subs(ConnectionError))
print(builtin_subs(BaseException))
# OSError constructor maps errno to subclasses.
for code in [2, 17, 13, 32, 110, 4, 11, 9999]:  # ENOENT EEXIST EACCES EPIPE ETIMEDOUT EINTR EAGAIN
    e = OSError(code, "msg")
    print(code, type(e).__name__, e.errno, e)
# User exception hierarchies.
class AppError(Exception): pass
class DbError(AppError, LookupError): pass
print(mro(DbError))
try:
    raise DbError("db")
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, e)
# except with a non-exception class -> TypeError
try:
    try:
        1 / 0
    except int:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
import builtins
# All builtin exception names in builtins are BaseException subclasses.
names = sorted(n for n, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException))
print(len(names) > 60, "ExceptionGroup" in names, "PythonFinalizationError" in names, "IncompleteInputError" in names)
