# Relative imports inside packages: from . import y, from .m import y, from ..x import y,
# multi-level dots, errors for going beyond the top-level package, and in __main__.
import sys
import imp_rel_pkg.a as a
print(a.summary)
print(a.c.summary, a.c.late())
import imp_rel_pkg.sub.deeper.d as d
print(d.result, d.__package__)
import imp_rel_pkg.sub as sub
print(sub.exported_c, sub.c is a.c, sub.__package__, sub.__name__)
print(sorted(k for k in sys.modules if k.startswith("imp_rel_pkg")))

for name in ["bad_beyond", "bad_missing", "bad_module"]:
    try:
        __import__("imp_rel_pkg.sub.deeper." + name)
    except ImportError as e:
        msg = str(e)
        # Keep only the file name of any path in the message.
        if "(" in msg:
            head, _, path = msg.rpartition(" (")
            msg = head + " (.../" + path.rstrip(")").rsplit("/", 1)[-1] + ")"
        print(name, type(e).__name__, msg, e.name)
    print(name, ("imp_rel_pkg.sub.deeper." + name) in sys.modules)

# Relative import in the __main__ module (no parent package).
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec("from .. import x")
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .sibling import y
except ImportError as e:
    print(type(e).__name__, e)
# __import__ with level
mod = __import__("b", globals={"__package__": "imp_rel_pkg", "__name__": "imp_rel_pkg.zz"}, fromlist=["thing"], level=1)
print(mod.__name__, mod.thing)
try:
    __import__("b", globals={"__name__": "x"}, level=1)
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("", level=-1)
except ValueError as e:
    print(type(e).__name__, e)
