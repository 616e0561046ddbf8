# User-defined exception classes.
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return "config key %r is %s" % (self.key, self.reason)
class NetworkError(AppError):
    def __init__(self, code):
        self.code = code
class Timeout(NetworkError):
    pass
try:
    raise AppError("generic failure")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    raise ConfigError("db.host")
except AppError as e:
    print(type(e).__name__, e, e.key, e.reason, e.args)
    print(repr(e))
try:
    raise Timeout(504)
except NetworkError as e:
    print(type(e).__name__, e.code, e.args, repr(str(e)), repr(e))
for exc in (AppError("a"), ConfigError("k", "invalid"), NetworkError(500), Timeout(408), ValueError("v")):
    try:
        raise exc
    except Timeout:
        print("timeout handler:", type(exc).__name__)
    except NetworkError as ne:
        print("network handler:", ne.code)
    except AppError as ae:
        print("app handler:", ae)
    except Exception as other:
        print("other handler:", type(other).__name__, other)
print(issubclass(Timeout, AppError), isinstance(Timeout(1), NetworkError), Timeout.__mro__)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e, e.args)
try:
    raise WithDefault("custom")
except WithDefault as e:
    print(e)
class Rich(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(args)
    def __repr__(self):
        return "Rich<%d>" % self.extra
r = Rich(1, 2, 3)
print(r, repr(r), r.extra)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
class Stateful(Exception):
    count = 0
    def __init__(self):
        Stateful.count += 1
        super().__init__("instance %d" % Stateful.count)
for _ in range(3):
    try:
        raise Stateful()
    except Stateful as s:
        print(s)
try:
    try:
        raise ConfigError("x")
    except AppError:
        raise
except ConfigError as e:
    print("re-raised user error:", e)
print(AppError.__name__, AppError.__bases__, ConfigError.__bases__)
