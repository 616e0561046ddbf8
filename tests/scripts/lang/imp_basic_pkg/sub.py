print("  executing imp_basic_pkg/sub.py as", __name__, "package", __package__)
value = 42
def hello(who="world"):
    return f"hello {who} from {__name__}"
class Thing:
    pass
_private = "underscore"
