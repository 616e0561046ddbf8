class S(set):
    pass


class F(frozenset):
    pass


class L(list):
    def __repr__(self):
        return "L" + super().__repr__()


print(repr(S([1])), repr(F([2])), repr(S()), repr(F()))
print(S([3]), str(F([4])))
print([S([5])], {"k": F()})
print(repr(L([1, 2])))
print(int.__repr__(True), int.__repr__(False), repr(True), int.__str__(True))
