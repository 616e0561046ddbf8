print("  exec imp_rel_pkg.sub.c", __package__)
from .. import b
from ..b import thing
from .. import top_value
c_value = "c!"
def late():
    from ..a import x
    return x
summary = (b.__name__, thing, top_value)
