print("  exec imp_rel_pkg.sub.deeper.d", __package__)
from ...b import thing as t3
from ..c import c_value
from ... import sub
from . import __name__ as pkg_name_via_dot
result = (t3, c_value, sub.__name__, pkg_name_via_dot)
