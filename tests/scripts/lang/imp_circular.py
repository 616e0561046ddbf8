# Circular imports: partially initialised modules, which forms work and which fail.
import sys
def short(msg):
    if msg.endswith(")") and " (" in msg:
        head, _, path = msg[:-1].rpartition(" (")
        return head + " (.../" + path.rsplit("/", 1)[-1] + ")"
    return msg

import imp_circ_pkg.x as x
print(x.X_LATE, x.use_y(), x.y.use_x())
print(sorted(k for k in sys.modules if k.startswith("imp_circ_pkg")))

# from-import of a not-yet-defined name in a cycle.
try:
    import imp_circ_pkg.p
except ImportError as e:
    print(type(e).__name__, short(str(e)))
    print("name:", e.name)
print("p" in dir(sys.modules["imp_circ_pkg"]), "imp_circ_pkg.p" in sys.modules, "imp_circ_pkg.q" in sys.modules)

# from package import submodule in a cycle works (falls back to sys.modules).
from imp_circ_pkg import r
print(r.get(), r.s.get())

# A module importing itself.
import imp_circ_pkg.selfimp as si
print(si.SAME)

# Starting the cycle from the other side: x now touches y.Y_DONE while y is only
# partially initialised -> AttributeError mentioning the circular import.
import imp_circ_pkg
for k in [k for k in sys.modules if k.startswith("imp_circ_pkg.")]:
    del sys.modules[k]
    if hasattr(imp_circ_pkg, k.rsplit(".", 1)[1]):
        delattr(imp_circ_pkg, k.rsplit(".", 1)[1])
try:
    import imp_circ_pkg.y as y2
except AttributeError as e:
    print(type(e).__name__, str(e).replace(imp_circ_pkg.__file__.rsplit("/", 1)[0], "..."))
print(sorted(k for k in sys.modules if k.startswith("imp_circ_pkg.")), hasattr(imp_circ_pkg, "y"), hasattr(imp_circ_pkg, "x"))

# The q-first direction fails too, but with the other name.
for k in ["imp_circ_pkg.p", "imp_circ_pkg.q"]:
    sys.modules.pop(k, None)
try:
    import imp_circ_pkg.q
except ImportError as e:
    print(type(e).__name__, short(str(e)))
