print("  exec imp_rel_pkg.a", __package__)
from . import b
from .b import thing, who as b_who
from . import top_value
from .sub import c
x = "x from a"
summary = (b.__name__, thing, b_who(), top_value, c.__name__)
