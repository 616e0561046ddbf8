# strip variants, replace, find/rfind/index/rindex, count, startswith/endswith.
s = "   hello world   "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abc".strip("")))
print(repr("\t\n hi \r\n".strip()), repr("www.example.com".lstrip("w.")))
print(repr("mississippi".rstrip("ips")), repr("".strip()))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("aa", "x"))
print("hello".replace("l", ""), "abc".replace("", "-"), "abc".replace("x", "y"))
print("banana".replace("an", "AN", 1), "banana".replace("na", "NA", -1))
t = "banana"
print(t.find("an"), t.find("an", 2), t.find("an", 4), t.find("x"), t.find(""))
print(t.rfind("an"), t.rfind("an", 0, 3), t.rfind("x"), t.rfind(""))
print(t.find("a", -2), t.find("a", 1, 2), t.find("n", -3, -1))
print(t.index("n"), t.rindex("n"), t.index("ana", 2))
try:
    t.index("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.rindex("x")
except ValueError as e:
    print(type(e).__name__, e)
print(t.count("a"), t.count("an"), t.count("ana"), t.count(""), t.count("a", 2), t.count("a", 2, 4))
print("".count(""), "abc".count("abcd"))
print(t.startswith("ban"), t.startswith("an"), t.startswith("an", 1), t.startswith(""))
print(t.endswith("na"), t.endswith("nan"), t.endswith("nan", 0, 5), t.endswith(("x", "a")))
print(t.startswith(("x", "b")), t.startswith(()), "".endswith(""))
try:
    t.startswith(["b"])
except TypeError as e:
    print(type(e).__name__, e)
print("a-b-c".replace("-", " - "))
print("  padded\t".strip(" "), "|")
print("aXbXc".replace("X", ""), "hello".strip("ho"))
print("xxx".replace("x", "xx"))
path = "/usr/local/bin/python"
print(path[path.rfind("/") + 1:], path[:path.rfind("/")])
print("hello"[::-1].find("l"), "hello".removeprefix("he"), "hello".removesuffix("lo"))
print("hello".removeprefix("x"), "hello".removesuffix(""))
