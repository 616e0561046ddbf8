# operator: the function forms of the operators.
import operator as op

pairs = [(7, 3), (-7, 2), (2.5, 0.5), (True, 2)]
for a, b in pairs:
    print(a, b, op.add(a, b), op.sub(a, b), op.mul(a, b), op.truediv(a, b),
          op.floordiv(a, b), op.mod(a, b), op.pow(a, b))
print(op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(0), op.index(True))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 5), op.rshift(64, 3))
print(op.and_({1, 2}, {2, 3}), op.or_({1}, {2}), op.xor({1, 2}, {2, 3}))
for a, b in [(1, 2), (2, 2), (3, 2), ("a", "b")]:
    print(a, b, op.lt(a, b), op.le(a, b), op.eq(a, b), op.ne(a, b), op.ge(a, b), op.gt(a, b))
print(op.not_([]), op.not_(1), op.truth(""), op.truth("x"), op.is_(None, None), op.is_not(1, None))
print(op.is_none(None), op.is_none(0), op.is_not_none(0))
print(op.concat([1], [2]), op.concat("ab", "cd"), op.concat((1,), (2,)))
print(op.contains([1, 2], 2), op.contains("abc", "d"), op.countOf([1, 2, 1, 1], 1), op.indexOf("abc", "c"))
lst = [0, 1, 2, 3]
op.setitem(lst, 1, "x")
op.delitem(lst, 0)
print(lst, op.getitem(lst, -1), op.getitem("hello", slice(1, 3)), op.getitem({"k": 5}, "k"))
op.setitem(lst, slice(0, 2), ["a", "b", "c"])
print(lst)
print(op.call(max, 3, 9, 2), op.call(sorted, [3, 1], reverse=True))
print(op.length_hint([1, 2, 3]), op.length_hint(x for x in []), op.length_hint(5, 7))

x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.isub(5, 3), op.imul("ab", 2), op.itruediv(7, 2))
print(op.ifloordiv(7, 2), op.imod(7, 3), op.ipow(2, 8), op.ilshift(1, 3), op.irshift(8, 1))
print(op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.iconcat([1], (2,)))
s = {1, 2}
print(op.ior(s, {3}) is s, s)
print(op.__add__(1, 2), op.__lt__(1, 2), op.__getitem__([5], 0), op.__not__(0), op.__concat__("a", "b"))


class Vec:
    def __init__(self, *c):
        self.c = c

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))

    def __index__(self):
        return len(self.c)


print(op.matmul(Vec(1, 2), Vec(3, 4)), op.index(Vec(1, 2, 3)), op.imatmul(Vec(1), Vec(5)))

for f, args in [(op.add, (1, "a")), (op.truediv, (1, 0)), (op.index, ("a",)),
                (op.index, (2.5,)), (op.concat, (1, 2)), (op.indexOf, ([1], 2)),
                (op.getitem, ([], 0)), (op.length_hint, ([], "x")), (op.neg, ("s",)),
                (op.iconcat, (3, [1])), (op.delitem, ({}, "k"))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
