# Classes: __init__, methods, instances.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
    def describe(self):
        return "Point at (%s, %s)" % (self.x, self.y)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.describe())
p.move(1, -1).move(1, 1)
print(p.x, p.y)
q = Point(0, 0)
print(q.describe(), p.describe())
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(3, Point))
print(Point.__name__, Point.norm2(p))
m = p.norm2
print(m())
p.z = "dynamic"
print(p.z, hasattr(q, "z"))
class Empty:
    pass
e = Empty()
e.value = 1
print(e.value, type(e).__name__)
class Counter:
    def __init__(self, start=0):
        self.count = start
    def inc(self, by=1):
        self.count += by
        return self.count
c = Counter()
print(c.inc(), c.inc(), c.inc(10), Counter(100).inc())
class Stack:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
    def pop(self):
        return self.items.pop()
    def peek(self):
        return self.items[-1]
    def is_empty(self):
        return not self.items
    def size(self):
        return len(self.items)
s = Stack()
for i in range(5):
    s.push(i * i)
print(s.size(), s.peek(), s.pop(), s.pop(), s.size(), s.is_empty())
while not s.is_empty():
    s.pop()
print(s.is_empty())
try:
    p.missing_method()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
temps = [Temperature(t) for t in (-40, 0, 37, 100)]
print([t.fahrenheit() for t in temps])
class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node
head = Node(1, Node(2, Node(3)))
vals = []
node = head
while node is not None:
    vals.append(node.value)
    node = node.next
print(vals)
print(callable(Point), callable(p), p.__class__.__name__)
print(Point(1, 2).__dict__)
