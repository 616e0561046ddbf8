# Uncaught NameError with no similar name.
print("start")
def f():
    return zzzqqq_undefined
print(f())
