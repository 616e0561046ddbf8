# __getattr__ runs when normal lookup (including __getattribute__ and properties) raises AttributeError.
class GA:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secret")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
g = GA()
print(g.secret, g.other)
class P:
    @property
    def broken(self):
        raise AttributeError("inner")
    @property
    def fine(self):
        return "fine"
    def __getattr__(self, name):
        return "ga:" + name
p = P()
print(p.broken, p.fine, p.missing, getattr(p, "broken"), hasattr(p, "broken"))
class NoFallback:
    @property
    def broken(self):
        raise AttributeError("inner only")
try:
    NoFallback().broken
except AttributeError as e:
    print(type(e).__name__, e)
class Lazy:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        value = len(name)
        setattr(self, name, value)
        return value
lz = Lazy()
print(lz.abc, vars(lz), hasattr(lz, "_hidden"))
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
