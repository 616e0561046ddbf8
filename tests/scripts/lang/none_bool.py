# None, True, False and bool arithmetic.
print(None, True, False, type(None).__name__, type(True).__name__)
print(True + True, True * 10, False - True, True / 2, True // 1, -True, +False)
print(True == 1, False == 0, True is True, True is not False, True == 1.0)
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(sum([True, False, True, True]), max(True, False), abs(False))
print(str(True), repr(False), str(None), repr(None), int(True), float(False))
print(bool(None), bool(0), bool(1), bool(-1), bool(""), bool("False"), bool([]), bool([None]))
print(bool(), bool(0.0), bool(2 ** 100))
print(True and None, None or False, not None)
print(None == None, None is None, None == 0, None == False, None == "")
x = None
if x is None:
    print("x is None")
if not x:
    print("x is falsy")
def nothing():
    pass
def implicit():
    return
print(nothing(), implicit(), nothing() is None)
print([True, False] * 2, (True, None))
print({True: "yes", False: "no"}[1 > 0], {None: "none-key"}[None])
print(True & False, True | False, True ^ True, False ^ False)
print(type(True & False).__name__, type(True + False).__name__)
print(1 if True else 2, 1 if None else 2)
print(f"{True:d} {False:>5} {True!r}")
print(hex(True), True << 3, True ** 10, 2 ** True)
print(divmod(True, True), round(True))
print(["a", "b"][True], "xy"[False])
print(int(True) + int(False), str(True).upper(), len(str(False)))
print(True > False, False < True, sorted([True, False, 0, 1]))
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
nothing_here = None
try:
    nothing_here()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    nothing_here[0]
except TypeError as e:
    print(type(e).__name__, e)
print(bool.__name__, type(None)() is None)
