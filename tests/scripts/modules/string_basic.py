# string: the constants and capwords().
import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "whitespace"]:
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(len(string.printable), repr(string.printable))
print(string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print(sorted(set(string.ascii_letters) - set(string.ascii_lowercase)) == list(string.ascii_uppercase))
print(all(c.isalnum() for c in string.ascii_letters + string.digits))
print(any(c.isalnum() for c in string.punctuation), all(c.isspace() for c in string.whitespace))
print([c for c in "a1-B2_c3!" if c in string.hexdigits])
print(int("".join(c for c in "0x1f" if c in string.octdigits) or "0"))

for s in [" aBc  dEf ", "hello world", "HELLO WORLD", "",
          "   ", "o'neil mcdonald", "tab\tsep\nline", "x", "élan vital", "123 abc"]:
    print(repr(string.capwords(s)))
for s, sep in [("a-b-c", "-"), ("a--b", "-"), ("one, two,three", ","),
               ("  x  y  ", " "), ("aXbXc", "X"), ("abc", None), ("a.b", "")]:
    try:
        print(repr(string.capwords(s, sep)))
    except Exception as e:
        print(type(e).__name__, e)
