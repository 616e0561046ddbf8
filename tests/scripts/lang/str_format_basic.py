# str.format: field names and conversions.
print("{} {}".format("a", "b"))
print("{0} {1} {0}".format("x", "y"))
print("{1}{0}".format("A", "B"))
print("{name} is {age}".format(name="Bob", age=42))
print("{0} {name}".format(1, name="two"))
print("{{literal}} {}".format("value"))
print("{{}}".format(), "{{{}}}".format(5))
print("{0[0]} {0[2]}".format([10, 20, 30]))
print("{d[key]} {d[other]}".format(d={"key": "v1", "other": "v2"}))
print("{0[1][0]}".format([[1, 2], ["nested", 3]]))
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __str__(self):
        return "Point(%d, %d)" % (self.x, self.y)
    def __repr__(self):
        return "P<%d,%d>" % (self.x, self.y)
p = Point(3, 4)
print("{0.x},{0.y}".format(p), "{p.x}".format(p=p))
print("{} {!r} {!s}".format(p, p, p))
print("{!r}".format("str"), "{!s}".format("str"), "{!a}".format("caf\u00e9"))
print("{0!r:>10}|".format("hi"))
print("{}".format(None), "{}".format([1, 2]), "{}".format((1,)), "{}".format(3.0))
print("{:}".format(5), "{0:}".format("x"))
print("{a}{b}{a}".format(a=1, b=2))
args = ["p", "q"]
kwargs = {"k": "v"}
print("{0}{1}{k}".format(*args, **kwargs))
print("{0[a]}".format({"a": "dict-key"}))
for fmt, fargs in [("{2}", ("a",)), ("{x}", ()), ("{0}{}", ("a", "b")), ("{", ()), ("}", ()),
                   ("{0.nope}", (1,)), ("{0[5]}", ([1],)), ("{!x}", (1,))]:
    try:
        print(fmt.format(*fargs))
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print("{}, {}, {}".format(1, "two", 3.0))
print("{0}{0}{0}".format("ab"))
print("{:d}".format(True), "{}".format(True))
print("x={0} y={1}".format(*[1, 2]))
print("{0:{1}}|".format("pad", 6))
print(str.format("{}-{}", "a", "b"))
