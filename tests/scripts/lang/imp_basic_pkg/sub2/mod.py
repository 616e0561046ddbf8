print("  executing imp_basic_pkg/sub2/mod.py as", __name__, "package", __package__)
deep = "deep value"
__all__ = ["deep", "exported"]
def exported(): return "exported()"
def not_exported(): return "hidden"
