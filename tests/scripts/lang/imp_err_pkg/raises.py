print("  imp_err_pkg.raises starting")
partial = "set before error"
raise RuntimeError("error during module execution")
