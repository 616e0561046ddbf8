# Unhashable keys and elements: CPython 3.14 words the error by context.
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

s = {1, 2}
d = {1: 2}
t("set.__contains__", lambda: s.__contains__([1]))
t("set.remove", lambda: s.remove([1]))
t("set.discard", lambda: s.discard([1]))
t("set.add", lambda: s.add({}))
t("set()", lambda: set([[1]]))
t("frozenset()", lambda: frozenset([[1]]))
t("set literal", lambda: {[]})
t("set |", lambda: s | {[]} )
t("union", lambda: s.union([[1]]))
t("difference", lambda: s.difference([[1]]))
t("symmetric_difference", lambda: s.symmetric_difference([[1]]))
t("isdisjoint", lambda: s.isdisjoint([[1]]))
t("issuperset", lambda: s.issuperset([[1]]))
# intersection-based paths hash with the plain message
t("intersection", lambda: s.intersection([[1]]))
t("intersection_update", lambda: s.intersection_update([[1]]))
t("issubset", lambda: s.issubset([[1]]))
t("issubset ok", lambda: {1, 2}.issubset([1, 2, 3]))
t("issubset short", lambda: {1, 2}.issubset(iter([1])))
t("difference_update", lambda: s.difference_update([[1]]))
t("dict literal", lambda: {[1]: 2})
t("dict setitem", lambda: d.__setitem__([1, 2], 3))
t("dict getitem", lambda: d[[1]])
t("dict get", lambda: d.get([1]))
t("dict pop", lambda: d.pop([1]))
t("empty dict pop", lambda: {}.pop([1]))
t("empty dict pop default", lambda: {}.pop([1], "dflt"))
t("setdefault", lambda: d.setdefault([1]))
t("fromkeys", lambda: dict.fromkeys([[1]]))
t("dict.__contains__", lambda: d.__contains__([1]))
t("in dict", lambda: [1] in d)
t("del dict", lambda: d.__delitem__([1]))
t("dict(pairs)", lambda: dict([([1], 2)]))
t("dict.update(pairs)", lambda: d.update([([1], 2)]))
t("dict kw ok", lambda: dict([(1, 2)], x=3))
class Keys:
    def keys(self): return [[1]]
    def __getitem__(self, k): return 0
t("dict(mapping)", lambda: dict(Keys()))
t("hash(list)", lambda: hash([]))
class Eq:
    def __eq__(self, o): return True
t("hash(eq-only)", lambda: hash(Eq()))
t("eq-only as key", lambda: {Eq(): 1})
t("Eq.__hash__", lambda: Eq.__hash__)
t("tuple with list", lambda: {(1, [2]): 3})
print(d, s)
