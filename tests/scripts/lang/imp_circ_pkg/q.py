print("  q: start")
from imp_circ_pkg.p import P_VALUE   # P_VALUE not defined yet -> ImportError
Q_VALUE = "q"
