# __bool__ / __len__ truth testing and len() results.
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
class Empty:
    def __len__(self): return 0
class Both:
    def __len__(self): return 3
    def __bool__(self): return False
print(bool(Empty()), not Empty(), bool(Both()), len(Both()))
print("x" if Empty() else "y", Empty() or "fallback", Both() and "unreached" or "short-circuited")
class BadBool:
    def __bool__(self): return 1
class NegLen:
    def __len__(self): return -1
class StrLen:
    def __len__(self): return "x"
class HugeLen:
    def __len__(self): return 2**70
class BoolLen:
    def __len__(self): return True
class RaisingBool:
    def __bool__(self): raise ValueError("no truth")
t("bool(BadBool)", lambda: bool(BadBool()))
t("len(NegLen)", lambda: len(NegLen()))
t("bool(NegLen)", lambda: bool(NegLen()))
t("len(StrLen)", lambda: len(StrLen()))
t("len(HugeLen)", lambda: len(HugeLen()))
t("len(BoolLen)", lambda: len(BoolLen()))
t("len(5)", lambda: len(5))
t("len()", lambda: len())
t("len(a, b)", lambda: len("a", "b"))
t("if RaisingBool", lambda: 1 if RaisingBool() else 0)
t("not RaisingBool", lambda: not RaisingBool())
class Plain: pass
print(bool(Plain()), bool(Plain), bool(None), bool(0.0), bool(-0.0), bool(""), bool(" "))
print(bool([]), bool([0]), bool(()), bool({}), bool(set()), bool(range(0)), bool(range(1)))
n = 0
while Both():
    n += 1
    break
else:
    print("while-else ran", n)
print(all([Both(), Empty()]), any([Both(), Empty()]), list(filter(None, [Both(), Empty(), 1])))
print(len([1, 2]), len("héllo"), len({1: 2}), len(range(0, 10, 3)), len(b"ab"), len(()), len({1, 2}))
class Container:
    def __init__(self, items): self.items = items
    def __len__(self): return len(self.items)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
c = Container([1, 2])
print(len(c), 2 in c, 3 not in c, bool(c), bool(Container([])), list(c), sorted(c, reverse=True))
