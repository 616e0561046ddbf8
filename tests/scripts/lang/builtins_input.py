# input() reading from stdin (see builtins_input.stdin).
name = input()
print("name:", repr(name))
age = int(input())
print("age next year:", age + 1)
line = input("prompt> ")
print()
print("line:", repr(line))
numbers = [int(tok) for tok in input().split()]
print("numbers:", numbers, "sum:", sum(numbers))
spaced = input()
print("spaced:", repr(spaced), repr(spaced.strip()))
empty = input()
print("empty:", repr(empty))
unicode_line = input()
print("unicode:", unicode_line, len(unicode_line))
count = 0
while True:
    try:
        rest = input()
    except EOFError as e:
        print("EOFError", repr(str(e)))
        break
    count += 1
    print("rest", count, rest.upper())
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
print("done")
