# String operators: + * in comparison, iteration, immutability.
a = "spam"
b = "eggs"
print(a + b, a + " " + b, a * 3, 3 * a, a * 0, repr(a * -1))
print("pa" in a, "x" in a, "" in a, a in a, "spam " in a)
print("pa" not in a, "x" not in a)
print(a == "spam", a != "spam", a < b, a > b, a <= "spam", "a" < "B")
print("apple" < "banana", "Zebra" < "apple", "abc" < "abcd", "abc" > "ab")
print("10" < "9", "" < " ", "\u00e9" > "z")
print(len(a), len(""), len(a * 100))
print(sorted(["pear", "Apple", "banana", "apple", "Banana"]))
print(max("hello"), min("hello"), sorted("hello"))
print(list(reversed("abc")))
for ch in "abc":
    print(ch, ord(ch))
print([c for c in "a1b2" if c.isdigit()])
s = ""
for i in range(5):
    s += str(i)
print(s)
s *= 2
print(s)
try:
    print("a" + 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" * "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" * 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" - "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
x = "abc"
y = x
x += "d"
print(x, y)
print(str(), str(1.5), str([1, "a"]), str((1,)), str({"k": "v"}))
print(repr("a'b"), repr('a"b'), repr("a\\b"))
print("a" "b" == "ab", "ab" * 2 == "abab")
print(ord("A"), ord("\u20ac"), chr(65), chr(8364), chr(0x1F600) == "\U0001F600")
print("%s|%s" % (a, b), a.__len__())
print(hash("abc") == hash("ab" + "c"))
print(str(True) + str(None))
