# Uncaught exception raised while handling another (implicit chaining).
def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError:
        raise RuntimeError("could not load " + key)
print(load("a"))
load("b")
