# Generators dropped while suspended in try/finally run their cleanup; errors are reported as unraisable.
def gen():
    try:
        yield 1
    finally:
        print("cleanup")
for x in gen():
    break
print("after break")
g = gen(); next(g); del g
print("after del")
def bad():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
b = bad(); next(b); b = None
print("after bad")
def ign():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass
i = ign(); next(i); i = None
print("end")
keep = gen(); next(keep)
