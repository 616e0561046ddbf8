print("  executing imp_basic_pkg/sub2/__init__.py as", __name__, "package", __package__)
