# Uncaught UnboundLocalError.
x = 1
def f():
    print("inside f")
    x += 1
    return x
f()
