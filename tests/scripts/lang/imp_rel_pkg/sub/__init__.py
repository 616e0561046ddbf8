print("  init imp_rel_pkg.sub", __package__)
from .c import c_value as exported_c
