# Single inheritance and super().
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return "%s the %s says %s" % (self.name, self.kind, self.speak())
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "Woof"
class Puppy(Dog):
    kind = "puppy"
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
    def describe(self):
        return super().describe() + ", age %d" % self.age
class Cat(Animal):
    def __init__(self, name):
        Animal.__init__(self, name)
        self.lives = 9
for a in (Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")):
    print(a.describe())
p = Puppy("bit", 1)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(Puppy.__bases__, Dog.__bases__, Animal.__bases__)
print([c.__name__ for c in Puppy.__mro__])
print(Cat("c").lives, Cat("c").kind)
class Base:
    def __init__(self):
        self.log = ["Base.__init__"]
    def hook(self):
        return "base hook"
    def run(self):
        return self.hook()
class Derived(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Derived.__init__")
    def hook(self):
        return "derived hook"
d = Derived()
print(d.log, d.run(), Base().run())
class NoInit(Base):
    pass
print(NoInit().log)
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def __str__(self):
        return "%s(area=%s)" % (type(self).__name__, self.area())
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
for shape in (Square(3), Circle(1)):
    print(shape)
try:
    Shape().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        self.balance -= amount
        return self.balance
class Checked(Account):
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        return super().withdraw(amount)
acct = Checked(100)
print(acct.withdraw(30))
try:
    acct.withdraw(500)
except ValueError as e:
    print(type(e).__name__, e)
print(acct.balance)
class Level1:
    def who(self):
        return "L1"
class Level2(Level1):
    def who(self):
        return "L2>" + super().who()
class Level3(Level2):
    def who(self):
        return "L3>" + super().who()
print(Level3().who())
print(type(Level3()).__mro__[1].__name__)
