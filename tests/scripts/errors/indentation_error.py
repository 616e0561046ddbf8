# An indentation error is reported before anything runs.
print("never printed")
def f():
return 1
