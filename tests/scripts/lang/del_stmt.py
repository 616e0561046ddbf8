# The del statement.
x = 10
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print(c)
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:5]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"k1": 1, "k2": 2, "k3": 3}
del d["k2"]
print(d)
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
class Obj:
    cls_attr = "class"
    def __init__(self):
        self.a = 1
        self.b = 2
o = Obj()
del o.a
print(hasattr(o, "a"), o.b)
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(o.a)
except AttributeError as e:
    print(type(e).__name__, e)
o.cls_attr = "instance"
print(o.cls_attr)
del o.cls_attr
print(o.cls_attr)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del Obj.cls_attr
print(hasattr(o, "cls_attr"))
nested = {"outer": [1, 2, {"inner": "x"}]}
del nested["outer"][2]["inner"]
print(nested)
del nested["outer"][0]
print(nested)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "str"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del undefined_thing
except NameError as e:
    print(type(e).__name__, e)
def f():
    local = 1
    del local
    return "deleted local"
print(f())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
for i in range(3):
    pass
del i
try:
    print(i)
except NameError as e:
    print(type(e).__name__, e)
y = [1, 2, 3]
z = y
del y
print(z)
