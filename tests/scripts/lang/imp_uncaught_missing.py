# A script whose import of a missing submodule goes uncaught: exit code 1 and the
# traceback's last line names the full dotted module.
import sys
import imp_err_pkg
print("imported", imp_err_pkg.present)
try:
    import imp_err_pkg.nothing_here
except ModuleNotFoundError as e:
    print("caught first:", e)
def load():
    import imp_err_pkg.inner.still_missing
print("calling load()")
load()
print("not reached")
