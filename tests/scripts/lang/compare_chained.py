# Comparison operators, including chains.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1)
print(1 < 2 > 0, 1 < 2 > 5)
print(1 == 1.0, 1 != 1.0, 0 == -0.0, True == 1, False == 0)
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9))
print(None == None, None is None, None != 0)
calls = []
def f(x):
    calls.append(x)
    return x
print(f(1) < f(2) < f(3))
print(calls)
calls.clear()
print(f(3) < f(2) < f(1))
print(calls)
x = 5
print(0 < x < 10, 0 < x < 3, 10 > x >= 5, x == 5 != 6)
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(1 in [1, 2], 3 not in [1, 2], "a" in "abc")
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None < 1)
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", [] == (), {} == [])
print(2 ** 70 > 2 ** 69, -(2 ** 70) < 5, 2 ** 70 == 2.0 ** 70)
print(0.1 + 0.2 > 0.3, 1e300 < float("inf"))
print(max(3, 1, 2) == 3 > 2)
y = 2
print(1 < y < 3 < y + 2 < 5)
print((1 < 2) == True, (1 < 2) is True)
print([] is [], () == ())
