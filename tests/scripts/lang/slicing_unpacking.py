# Slices (negative steps, assignment, deletion), index errors, unpacking errors.
l = list(range(10))
print(l[::-1], l[::-3], l[8:2:-2], l[-3:], l[:-7:-1], l[100:], l[-100:2], l[5:1], l[::2][::-1])
m = l[:]; m[2:5] = ["a"]; print(m)
m = l[:]; m[::2] = "abcde"; print(m)
try: m[::2] = [1, 2]
except ValueError as e: print(type(e).__name__, e)
try: m[::0]
except ValueError as e: print(type(e).__name__, e)
m = l[:]; del m[::3]; print(m)
m = l[:]; del m[1:-1]; print(m)
m = l[:]; m[1:1] = [7, 7]; print(m)
m = l[:]; m[:] = (); print(m)
m = [1, 2, 3]; m[5:] = [9]; print(m)
m = [1, 2, 3]; m[::-1] = [4, 5, 6]; print(m)
try: m[1:2] = 5
except TypeError as e: print(type(e).__name__, e)
print("hello"[::-1], "hello"[1:4], "hello"[-2:], (1, 2, 3)[::2], range(10)[2:8:3], range(10)[::-1])
s = slice(1, 8, 2); print(s, s.start, s.indices(5), l[s], slice(3), slice(None, None, -1).indices(4))
try: "abc"[1] = "x"
except TypeError as e: print(type(e).__name__, e)
try: (1, 2)[0] = 5
except TypeError as e: print(type(e).__name__, e)
try: del "abc"[0]
except TypeError as e: print(type(e).__name__, e)
try: l[1.5]
except TypeError as e: print(type(e).__name__, e)
try: l[10]
except IndexError as e: print(type(e).__name__, e)
try: l[-11] = 1
except IndexError as e: print(type(e).__name__, e)
try: del l[10]
except IndexError as e: print(type(e).__name__, e)
try: "abc"[5]
except IndexError as e: print(type(e).__name__, e)
try: (1,)[5]
except IndexError as e: print(type(e).__name__, e)
try: range(3)[5]
except IndexError as e: print(type(e).__name__, e)
try: l["a":"b"]
except TypeError as e: print(type(e).__name__, e)
a, *b, c = range(5); print(a, b, c)
*a, = "xy"; print(a)
(a, b), c = "xy", 3; print(a, b, c)
try: a, b = [1, 2, 3]
except ValueError as e: print(type(e).__name__, e)
try: a, b, c = [1, 2]
except ValueError as e: print(type(e).__name__, e)
try: a, *b, c = [1]
except ValueError as e: print(type(e).__name__, e)
try: a, b = 5
except TypeError as e: print(type(e).__name__, e)
try: a, b = {"x": 1}
except ValueError as e: print(type(e).__name__, e)
def gen():
    yield 1; yield 2; yield 3
try: a, b = gen()
except ValueError as e: print(type(e).__name__, e)
for i, (x, y) in enumerate([(1, 2), (3, 4)], start=10): print(i, x, y, end="; ")
print()
first, *_ = "abc"; print(first, _)
x = y = [0]; x += [1]; print(y)
a = [1, 2]; a[0], a[1] = a[1], a[0]; print(a)
i = 0; l2 = [10, 20]; i, l2[i] = 1, 99; print(i, l2)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1], 2}, [*()], print(*[1, 2], sep="-"))
