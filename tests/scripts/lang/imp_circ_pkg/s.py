print("  s: start")
from . import r     # r is in sys.modules (partially initialised) -> works in 3.7+
S_VALUE = "s"
def get(): return r.R_VALUE
