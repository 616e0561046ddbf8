# String indexing and slicing.
s = "Hello, World"
print(s[0], s[4], s[-1], s[-5], s[len(s) - 1])
print(s[0:5], s[7:], s[:5], s[:], s[-5:], s[:-7])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-1:-6:-1])
print(s[2:10:3], s[10:2:-3], s[100:], s[-100:3], s[5:2], repr(s[5:2]))
print(s[3:3] == "", s[len(s):], s[-len(s)])
print(s[0:100:5], s[-3::-4])
print(repr("abc"[1:1]), "abc"[::-1], "abc"[-1::-1], "abc"[:-4:-1])
t = "0123456789"
for step in (1, 2, 3, -1, -2, -3):
    print(step, t[::step], t[1:8:step], t[8:1:step])
print(t[None:None], t[None:5:None], t[5:None:-1])
try:
    print(s[12])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(s[-13])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(s[::0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(s["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s[1.0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
for i, ch in enumerate("abc"):
    print(i, ch)
print(list("hey"), tuple("yo"))
u = "h\u00e9llo \u4e16\u754c"
print(u, len(u), u[1], u[-1], u[-2:], u[::-1])
print(s[True], s[False])
print("x"[0][0][0])
print("abcdef"[-2:-4:-1], "abcdef"[1:-1], "abcdef"[-100:100])
