# Assignment expressions (walrus) and conditional expressions.
# while with walrus
data = iter([3, 1, 4, 0, 5])
seen = []
while (v := next(data)) != 0:
    seen.append(v)
print(seen, v)
# walrus in if / elif
def classify(s):
    if (n := len(s)) > 5:
        return f"long({n})"
    elif (first := s[:1]) == "a":
        return f"a-word({first},{n})"
    return f"short({n})"
print([classify(w) for w in ["apple", "banana-split", "kiwi", ""]])
# walrus in comprehension condition and value; binds in enclosing scope
nums = [1, 5, 8, 12, 3]
print([y for x in nums if (y := x * 2) > 8], y)
print([(sq := n * n, sq + 1) for n in range(3)], sq)
def scope_test():
    [w := i for i in range(3)]
    return w
print(scope_test())
# walrus in generator expression binds in enclosing function
def gen_scope():
    any((hit := n) > 2 for n in [1, 2, 3, 4])
    return hit
print(gen_scope())
# walrus with any/all to capture witness
lines = ["ok", "fine", "ERROR: disk", "ok"]
if any((bad := l).startswith("ERROR") for l in lines):
    print("first error:", bad)
# walrus in function call arguments and nested
print(max(a := 3, b := 7), a, b)
print((c := (d := 2) + 1), c, d)
# walrus in lambda default / body
f = lambda: (z := 10) * 2
print(f())
# walrus capturing a partition result
if (parts := "item-42".partition("-"))[1]:
    print(parts[0], int(parts[2]) + 1)
# walrus cannot rebind comprehension iteration variable / invalid targets
for src in ["[i := 0 for i in range(3)]", "(a.b := 1)", "x := 5", "[x for x in (y := [1]) if (x := 2)]", "def f(): (lambda: (nonlocal_x := 1))", "class C: [(q := 1) for _ in range(2)]"]:
    try:
        compile(src, "<w>", "exec")
        print("compiled ok:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
# walrus at top level of expression statement needs parens
(top := "parenthesized")
print(top)
# walrus in while with complex condition and accumulating
buf = list("abcdefg")
chunks = []
while (chunk := buf[:3]):
    chunks.append("".join(chunk))
    buf = buf[3:]
print(chunks)

# Conditional expressions.
for n in [-2, 0, 3]:
    print("neg" if n < 0 else "zero" if n == 0 else "pos", end=" ")
print()
print((lambda x: "even" if x % 2 == 0 else "odd")(7))
print([x if x > 2 else -x for x in range(5)])
print(1 if [] else 2 if {} else 3 if "" else 4)
# Only the chosen branch is evaluated.
def side(tag):
    print("  evaluated", tag)
    return tag
print(side("A") if True else side("B"))
print(side("A") if 0 else side("B"))
# Precedence: conditional has low precedence.
print(1 + 2 if False else 3 + 4, (1 + 2) if True else 0, 5 if True else 6 + 100)
x = 1 if True else 2, 3
print(x)
print(not True if False else "else-branch")
# Conditional with walrus and lambda.
g = lambda v: (r := v * 2) if v else None
print(g(4), g(0))
# Nested conditional in f-string
print(f"{'yes' if 3 > 2 else 'no'} {('a' if False else 'b')!r}")
# Conditional expression as a call target and in a subscript.
print((min if True else max)(4, 9), [10, 20, 30][0 if False else -1])
# and/or value semantics versus conditional.
print(0 or "" or None or "last", 1 and 2 and 3, 0 and 1/0, [] or [0])
