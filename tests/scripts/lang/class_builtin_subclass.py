# Subclasses of built-in types: instances carry the built-in value.
class Str(str):
    def shout(self):
        return self.upper() + "!"
print(Str("hey").shout(), len(Str("abc")), isinstance(Str("x"), str))
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), type(ml).__name__)
