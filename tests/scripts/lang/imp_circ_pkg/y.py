print("  y: start")
import imp_circ_pkg.x as x   # partially initialised module object
print("  y: sees x.X_EARLY =", x.X_EARLY, "| has X_LATE:", hasattr(x, "X_LATE"))
Y_DONE = "y done"
def use_x(): return "y uses " + x.X_LATE   # fine at call time
