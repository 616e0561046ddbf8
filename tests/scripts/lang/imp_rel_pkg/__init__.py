print("  init imp_rel_pkg", __name__, __package__)
top_value = "top"
