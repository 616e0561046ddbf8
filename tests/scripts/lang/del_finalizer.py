# __del__ runs when the last reference goes away, once, and its errors
# are reported as unraisable without stopping the program.


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Child(Tracked):
    pass


a = Tracked("a")
del a
print("after del a")
b = Tracked("b")
b = None
print("after rebinding b")
items = [Tracked("c1"), Tracked("c2")]
items.clear()
print("after clear")


def scope():
    local = Tracked("local")
    print("in scope", local.name)


scope()
print("after scope")
Child("child")
print("after temporary")

keep = []


class Resurrect:
    def __del__(self):
        print("resurrect once")
        keep.append(self)


r = Resurrect()
del r
print("kept", len(keep))
keep.clear()
print("cleared keep")


class Boom:
    def __del__(self):
        raise ValueError("del boom")


x = Boom()
del x
print("still running")
last = Tracked("module global at exit")
