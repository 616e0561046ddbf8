# Exception escaping from a generator consumed by a for loop.
def gen():
    yield 1
    yield 2
    raise ValueError("generator failed at item 3")
for item in gen():
    print("item", item)
