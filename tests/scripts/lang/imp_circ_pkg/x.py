print("  x: start")
X_EARLY = "x early"
import imp_circ_pkg.y as y
print("  x: after importing y; y.Y_DONE =", y.Y_DONE)
X_LATE = "x late"
def use_y(): return "x uses " + y.Y_DONE
