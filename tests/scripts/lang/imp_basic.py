# Absolute imports: import a.b as c, from x import y, package __init__ runs once,
# sys.modules caching, __name__/__package__/__file__, sys.path additions.
import sys
print("main:", __name__, repr(__package__), __file__.rsplit("/", 1)[-1])
def tail(path, n=3):
    return "/".join(path.replace("\\", "/").split("/")[-n:])

import imp_basic_pkg
print(imp_basic_pkg.__name__, repr(imp_basic_pkg.__package__), imp_basic_pkg.__doc__, tail(imp_basic_pkg.__file__))
print(imp_basic_pkg.VERSION, imp_basic_pkg.pkg_func(), imp_basic_pkg.init_count)
print(hasattr(imp_basic_pkg, "sub"), "imp_basic_pkg.sub" in sys.modules)

import imp_basic_pkg.sub as s
print(s.__name__, s.__package__, tail(s.__file__), s.value, s.hello())
print(hasattr(imp_basic_pkg, "sub"), imp_basic_pkg.sub is s, sys.modules["imp_basic_pkg.sub"] is s)

# Importing again doesn't re-execute.
import imp_basic_pkg
import imp_basic_pkg.sub
from imp_basic_pkg import sub
print(sub is s, imp_basic_pkg.init_count)
from imp_basic_pkg.sub import hello, value as v2, Thing
print(hello("you"), v2, Thing.__module__, Thing.__qualname__)

# Dotted import binds only the top-level name.
import imp_basic_pkg.sub2.mod
print(imp_basic_pkg.sub2.mod.deep, imp_basic_pkg.sub2.__package__, imp_basic_pkg.sub2.mod.__package__)
import imp_basic_pkg.sub2.mod as m
print(m is imp_basic_pkg.sub2.mod, m.__name__)
from imp_basic_pkg.sub2 import mod as m2
print(m2 is m)

# from module import * honours __all__ (and skips underscores without __all__).
ns = {}
exec("from imp_basic_pkg.sub2.mod import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
ns = {}
exec("from imp_basic_pkg.sub import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))

# Removing from sys.modules forces re-execution on next import.
old = sys.modules.pop("imp_basic_pkg.sub")
import imp_basic_pkg.sub as s_again
print(s_again is old, s_again.value, imp_basic_pkg.sub is s_again)
s = s_again

# Adding a directory to sys.path computed from __file__.
here = __file__.rsplit("/", 1)[0]
sys.path.insert(0, here + "/imp_basic_data/lib")
import imp_basic_extmod
print(imp_basic_extmod.answer, imp_basic_extmod.__name__, tail(imp_basic_extmod.__file__))
sys.path.pop(0)
import imp_basic_extmod as again  # cached even though path entry removed
print(again is imp_basic_extmod)

# Module objects: type, attributes, dir, setting attributes.
print(type(s).__name__, type(sys).__name__, isinstance(s, type(sys)))
print(sorted(k for k in dir(s) if not k.startswith("__")))
s.new_attr = "set from main"
from imp_basic_pkg.sub import new_attr
print(new_attr)
print(s.__dict__ is vars(s), "value" in s.__dict__)
try:
    s.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    imp_basic_pkg.not_a_submodule
except AttributeError as e:
    print(type(e).__name__, e)
# __import__ returns the top-level package for dotted names unless fromlist is given.
top = __import__("imp_basic_pkg.sub2.mod")
leaf = __import__("imp_basic_pkg.sub2.mod", fromlist=["deep"])
print(top.__name__, leaf.__name__)
# The __main__ module is in sys.modules.
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
print(sorted(k for k in sys.modules if k.startswith("imp_basic")))
