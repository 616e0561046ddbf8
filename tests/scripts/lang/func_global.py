# global statement, module scope, UnboundLocalError, late binding.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def read_global():
    return counter * 10
print(read_global())
def make_new_global():
    global brand_new
    brand_new = "created"
make_new_global()
print(brand_new)
def local_shadow():
    counter = -1
    return counter
print(local_shadow(), counter)
def broken():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 5
    return counter
print(broken())
x = "module"
def read_x():
    return x
x = "changed"
print(read_x())
def uses_later_defined():
    return later_function()
def later_function():
    return "defined later"
print(uses_later_defined())
funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([fn() for fn in funcs])
i = 100
print([fn() for fn in funcs])
lambdas = [lambda: j for j in range(3)]
print([fn() for fn in lambdas])
lambdas2 = [lambda j=j: j * 10 for j in range(3)]
print([fn() for fn in lambdas2])
def modify_list(lst):
    lst.append("modified")
    lst = ["rebound"]
    return lst
data = ["orig"]
print(modify_list(data), data)
def nested_global():
    def inner():
        global counter
        counter = 1000
    inner()
nested_global()
print(counter)
try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e)
def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(del_local())
print(__name__)
