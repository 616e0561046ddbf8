# print() with sep and end.
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" <- continued")
print("x", end="!\n")
print("multi", "args", sep="-", end=".\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3})
print("sep None", "end None", sep=None, end=None)
print(*range(5))
print(*range(5), sep="|")
print(*[], sep="x", end="[empty]\n")
for i in range(3):
    print(i, end=" ")
print()
print("tab", "sep", sep="\t")
print("", "leading empty")
print("trailing empty", "")
print("a" * 3, "b" * 0, "c")
print("%d%%" % 5, "{}".format(6), f"{7}")
print("unicode: \u00e9\u00e8 \u4e2d\u6587 \u2713")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
class Custom:
    def __str__(self):
        return "custom str"
print(Custom(), [1, "two"], "two")
print("line1\nline2")
print("carriage\\r shown escaped")
print(end="only end\n")
print(sep="ignored")
print("x", "y", sep="", end="")
print()
print("flush ok", flush=True)
print(repr("\x00"), "\\n")
print("last line")
