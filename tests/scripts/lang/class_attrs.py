# Class attributes vs instance attributes.
class Dog:
    species = "canis"
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add_trick(self, trick):
        self.tricks.append(trick)
a = Dog("rex")
b = Dog("fido")
print(a.species, b.species, Dog.species, Dog.count)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "canis familiaris"
print(a.species, b.species)
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks, a.tricks is b.tricks)
del a.species
print(a.species)
print("name" in a.__dict__, "species" in a.__dict__, "species" in Dog.__dict__)
class Cat:
    def __init__(self, name):
        self.name = name
        self.tricks = []
    def add_trick(self, trick):
        self.tricks.append(trick)
c1 = Cat("tom")
c2 = Cat("kit")
c1.add_trick("jump")
print(c1.tricks, c2.tricks)
class Config:
    debug = False
    level = 1
    def enable(self):
        self.debug = True
cfg = Config()
cfg.enable()
print(cfg.debug, Config.debug, Config().debug)
Config.level += 1
print(cfg.level, Config.level)
cfg.level = 99
Config.level = 5
print(cfg.level, Config().level)
class Shadow:
    value = "class"
    def value_method(self):
        return self.value
sh = Shadow()
print(sh.value_method())
sh.value = "instance"
print(sh.value_method(), Shadow.value)
class WithMethodAttr:
    def greet(self):
        return "hi"
w = WithMethodAttr()
w.greet = lambda: "instance override"
print(w.greet(), WithMethodAttr().greet())
print(getattr(Dog, "count"), getattr(a, "name"), getattr(a, "missing", "dflt"))
setattr(Dog, "new_attr", "set on class")
print(b.new_attr)
print(type(Dog.__dict__["count"]).__name__, Dog.__name__)
