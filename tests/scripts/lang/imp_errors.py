# Import error messages and attributes: ModuleNotFoundError, ImportError for missing
# names, non-package parents, failing module execution, sys.modules cleanup.
import sys
def short(msg):
    # Replace an absolute path inside "(...)" by its last two components.
    if msg.endswith(")") and " (" in msg:
        head, _, path = msg[:-1].rpartition(" (")
        if "/" in path:
            return head + " (.../" + "/".join(path.split("/")[-2:]) + ")"
    return msg

def attempt(code):
    try:
        exec(code, {})
        print("ok:", code)
    except ImportError as e:
        print(f"{code!r}: {type(e).__name__}: {short(str(e))} | name={e.name!r} path_tail={None if e.path is None else e.path.rsplit('/', 1)[-1]!r}")
    except Exception as e:
        print(f"{code!r}: {type(e).__name__}: {e}")

attempt("import imp_err_nothere")
attempt("import imp_err_nothere.sub")
attempt("import imp_err_pkg.missing")
attempt("import imp_err_pkg.inner.missing")
attempt("import imp_err_pkg.mod.sub")
attempt("from imp_err_pkg.mod import sub")
attempt("from imp_err_pkg import missing")
attempt("from imp_err_pkg import present, missing")
attempt("from imp_err_pkg.mod import value, nope")
attempt("from imp_err_pkg.inner import nothing")
attempt("from imp_err_nothere import x")
attempt("import imp_err_pkg.mod as m; m.nope")
attempt("import sys.nope")
attempt("from sys import nope")
attempt("import imp_err_pkg.imports_missing")
attempt("import imp_err_pkg..bad")
attempt("__import__('')")
attempt("__import__(5)")
attempt("import imp_err_pkg.raises")

# Failing module isn't left in sys.modules; the parent has no attribute for it.
print("imp_err_pkg.raises" in sys.modules, hasattr(sys.modules["imp_err_pkg"], "raises"))
print("imp_err_pkg.imports_missing" in sys.modules)
# Re-importing re-executes and fails again.
attempt("import imp_err_pkg.raises")
# ModuleNotFoundError is an ImportError; catch as such.
try:
    import imp_err_definitely_missing
except ImportError as e:
    print(type(e).__name__, isinstance(e, ModuleNotFoundError), e.name, e.msg)
# sys.modules[name] = None blocks imports.
sys.modules["imp_err_blocked"] = None
try:
    import imp_err_blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
del sys.modules["imp_err_blocked"]
# Non-module objects in sys.modules are returned by import.
sys.modules["imp_err_fake"] = "a string posing as a module"
import imp_err_fake
print(imp_err_fake)
from imp_err_fake import upper
print(upper())
try:
    from imp_err_fake import nonexistent_attr
except ImportError as e:
    print(type(e).__name__, e)
# ImportError construction.
e = ImportError("custom", name="n", path="/p")
print(e, e.name, e.path, e.msg, e.args, repr(ModuleNotFoundError("m")))
try:
    ImportError("x", bogus=1)
except TypeError as err:
    print(type(err).__name__, err)
# Names are bound only on success.
try:
    from imp_err_pkg import present as p_ok, nope_name
except ImportError:
    pass
print("p_ok" in globals(), "nope_name" in globals())
