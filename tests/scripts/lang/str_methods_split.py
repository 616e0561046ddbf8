# split / rsplit / join / splitlines / partition.
print("a b  c".split())
print("  a b  c  ".split())
print("a b  c".split(" "))
print("a,b,,c,".split(","))
print("a,b,c,d".split(",", 2))
print("a,b,c,d".rsplit(",", 2))
print("a b c d".rsplit(None, 1))
print("  x  y  ".rsplit())
print("".split(), "".split(","))
print("abc".split("abc"), "aXbXc".split("X", 0))
print("one::two::three".split("::"))
print("a\tb\nc\x0bd e".split())
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print(", ".join(["a", "b", "c"]))
print("".join(["x", "y"]), "-".join("abc"), "-".join([]))
print("-".join(["only"]))
try:
    print(",".join(["a", 1]))
except TypeError as e:
    print(type(e).__name__, e)
print("line1\nline2\r\nline3\rline4".splitlines())
print("line1\nline2\n".splitlines(), "a\n\nb".splitlines())
print("x\ny\n".splitlines(True))
print("".splitlines(), "\n".splitlines())
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a.b.c".partition("."), "a.b.c".rpartition("."))
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), words[2], " ".join(reversed(words)))
print("|".join(w.upper() for w in words if len(w) > 3))
csv = "name,age\nalice,30\nbob,25"
for row in csv.splitlines():
    print(row.split(","))
print("a  b".split(" ", 1), "  a  b  ".split(None, 1))
print("1,2,3".split(",", -1), "1 2 3".rsplit(" ", -1))
