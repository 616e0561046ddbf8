# functools: total_ordering, cmp_to_key and cached_property.
import functools as ft


@ft.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), b >= a, Version.__gt__.__name__)
print(sorted([Version(2), Version(1, 5), Version(1)], reverse=True)[0].parts)
try:
    ft.total_ordering(type("Empty", (), {}))
except ValueError as e:
    print("ValueError", e)

key = ft.cmp_to_key(lambda x, y: (x % 10) - (y % 10))
print(sorted([21, 13, 5, 40, 9], key=key), key(3) < key(14), key(5) == key(15), key(9) >= key(19))
try:
    key(1) < 2
except TypeError as e:
    print("TypeError", e)


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @ft.cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, "area" in c.__dict__)
del c.area
print(c.area, c.computed, type(Circle.area).__name__, Circle.area.attrname)
