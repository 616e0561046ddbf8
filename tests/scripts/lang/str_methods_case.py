# Case conversion and classification methods.
s = "hello World 123"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print("HELLO".lower(), "mIxEd".swapcase(), "they're bill's".title())
print("hello-world foo_bar 3rd".title(), "a1b2".title())
print("ALL CAPS".capitalize(), "".capitalize(), "1abc".capitalize())
print("\u00e9t\u00e9".upper(), "STRASSE".lower(), "\u00df".upper())
for t in ["123", "12.3", "", "abc", "ABC", "aBc", "a b", " ", "\t\n", "abc123", "\u00e9", "Hello World", "Hello world", "\u0663"]:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace(), t.isupper(), t.islower(),
          t.isalnum(), t.istitle(), t.isdecimal(), t.isnumeric())
print("abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier(), "a-b".isidentifier())
print("abc".isascii(), "\u00e9".isascii(), "".isascii())
print("ABC1".isupper(), "abc1".islower(), "123".isupper(), "123".islower())
print("\u00bd".isnumeric(), "\u00bd".isdigit(), "\u00b2".isdigit(), "\u00b2".isdecimal())
print("Hello".casefold(), "\u00df".casefold())
print("hello world".title().swapcase())
print("MiXeD".lower() == "mixed", "abc".upper() == "ABC")
print("ǅ".istitle(), "x".isprintable(), "\n".isprintable())
