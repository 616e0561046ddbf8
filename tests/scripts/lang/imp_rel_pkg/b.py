print("  exec imp_rel_pkg.b", __package__)
thing = "thing from b"
def who(): return __name__
