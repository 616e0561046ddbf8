# if / elif / else and conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
x = 7
if x % 2:
    print("odd")
else:
    print("even")
if x > 5 and x < 10:
    print("between")
if not x == 8:
    print("not eight")
if []:
    print("unreachable")
elif {}:
    print("unreachable")
elif "nonempty":
    print("nonempty string is truthy")
if 0:
    pass
else:
    print("else branch")
y = "big" if x > 5 else "small"
print(y)
z = "a" if x < 0 else "b" if x < 5 else "c" if x < 10 else "d"
print(z)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
if x:
    if x > 100:
        print("nested big")
    else:
        print("nested not big")
for value in (None, 0, 0.0, "", [], (), {}, set(), "0", [0], 1, -1):
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")
a = 5
if a == 5: print("one-line if")
if a != 5: print("no")
else: print("one-line else")
if (a > 1 and
        a < 10):
    print("multi-line condition")
score = 85
grade = ("A" if score >= 90 else
         "B" if score >= 80 else
         "C")
print(grade)
if 1 < a < 10 == 10:
    print("chained in if")
