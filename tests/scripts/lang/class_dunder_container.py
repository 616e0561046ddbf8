# __len__, __getitem__, __contains__, __iter__, __next__, __bool__.
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, index):
        return self.cards[index]
d = Deck("AKQJ")
print(len(d), d[0], d[-1], d[1:3])
print(list(d), "Q" in d, "X" in d)
for card in d:
    print("card", card)
print(sorted(d), list(reversed(d)))
try:
    d[10]
except IndexError as e:
    print(type(e).__name__, e)
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
cd = Countdown(2)
print(next(cd), next(cd), next(cd, "done"))
print(sum(Countdown(4)), max(Countdown(3)))
class Bag:
    def __init__(self, *items):
        self.items = items
    def __contains__(self, item):
        print("  __contains__", item)
        return item in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
bag = Bag(1, 2, 3)
print(2 in bag, 5 not in bag)
print([x * 10 for x in bag], len(bag))
class Truthy:
    def __init__(self, flag):
        self.flag = flag
    def __bool__(self):
        return self.flag
print(bool(Truthy(True)), bool(Truthy(False)), not Truthy(False))
if Truthy(False):
    print("no")
else:
    print("falsy object")
class LenBased:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(LenBased(0)), bool(LenBased(3)), "yes" if LenBased(0) else "no")
class Plain:
    pass
print(bool(Plain()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(Plain())
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(Plain())
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain()[0]
except TypeError as e:
    print(type(e).__name__, e)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        self.data[key] = value
    def __delitem__(self, key):
        del self.data[key]
g = Grid()
g[1, 2] = "x"
print(g[1, 2], g[0, 0], g.data)
del g[1, 2]
print(g.data)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), [a + b for a in r for b in r][:4])
