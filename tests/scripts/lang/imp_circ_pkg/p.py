print("  p: start")
from imp_circ_pkg.q import Q_VALUE
P_VALUE = "p"
