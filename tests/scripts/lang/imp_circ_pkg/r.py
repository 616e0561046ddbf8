print("  r: start")
from . import s
R_VALUE = "r"
def get(): return s.S_VALUE
