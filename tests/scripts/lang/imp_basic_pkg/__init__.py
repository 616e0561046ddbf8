"""imp_basic_pkg docstring"""
print("  executing imp_basic_pkg/__init__.py as", __name__, "package", __package__)
init_count = globals().get("init_count", 0) + 1
VERSION = "1.0"
def pkg_func():
    return "pkg_func from " + __name__
