import imp_circ_pkg.selfimp as me
import sys
SAME = me is sys.modules[__name__]
