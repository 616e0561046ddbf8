# Built-in iterators expose __next__ and __iter__, and have CPython's type names.
def show(it):
    try:
        print(type(it).__name__, it.__next__(), it.__iter__() is it, iter(it) is it)
    except Exception as e:
        print(type(it).__name__, type(e).__name__, e)

show(iter([1, 2]))
show(iter((1, 2)))
show(iter("ab"))
show(iter("éa"))
show(iter(b"ab"))
show(iter({1: "a"}))
show(iter({1: "a"}.values()))
show(iter({1: "a"}.items()))
show(iter({7}))
show(iter(range(3)))
show(reversed(range(3)))
show(map(abs, [-1]))
show(filter(None, [0, 5]))
show(zip("a", [1]))
show(enumerate("a", 3))
show(reversed([1, 2]))
show(iter(lambda: 1, 0))
class Seq:
    def __getitem__(self, i):
        if i > 1:
            raise IndexError(i)
        return i * 10
show(iter(Seq()))
it = iter([1, 2])
print(it.__next__(), it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
m = map(str, [1, 2, 3])
print(m.__next__(), list(m), list(m))
z = zip([1, 2], "ab")
print(z.__next__(), next(z), next(z, "done"))
e = enumerate("xy")
print(list(e.__iter__()), list(e))
b = iter(b"hi")
print(list(b), type(b).__name__)
r = reversed("abc")
print(r.__next__(), "".join(r))
d = {"a": 1, "b": 2}
ki = iter(d)
print(ki.__next__(), [k for k in ki])
gen = (x * x for x in range(3))
print(gen.__next__(), gen.__iter__() is gen, list(gen))
print(type(iter(range(2**70))).__name__ in ("range_iterator", "longrange_iterator"))
