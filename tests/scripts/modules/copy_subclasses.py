# copy: shallow and deep copies of subclasses of built-in types keep their
# class, contents and instance attributes.
import copy


class Tags(list):
    pass


class Config(dict):
    pass


class Bag(set):
    pass


class Pair(tuple):
    pass


class Num(int):
    pass


class Name(str):
    pass


class Frozen(frozenset):
    pass


values = [Tags([1, [2]]), Config(a=[1], b={"c": 2}), Bag([3, 1, 2]), Pair((1, [2])),
          Num(42), Name("ada"), Frozen([5, 4])]
for v in values:
    v.note = ["n"]
    c = copy.copy(v)
    d = copy.deepcopy(v)
    shown = sorted(v) if isinstance(v, (set, frozenset)) else v
    print(type(v).__name__, shown, type(c).__name__, type(d).__name__, c == v, d == v)
    print("  notes", c.note, c.note is v.note, d.note is v.note)

tags = Tags([[1], [2]])
deep = copy.deepcopy(tags)
shallow = copy.copy(tags)
print(deep[0] is tags[0], shallow[0] is tags[0], deep == tags, shallow is tags)
cfg = Config(inner={"x": [1]})
dcfg = copy.deepcopy(cfg)
dcfg["inner"]["x"].append(2)
print(cfg, dcfg, type(dcfg).__name__)
cyc = Tags()
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[0] is cc, type(cc).__name__, cc is cyc)
pair = Pair((1, [2]))
dp = copy.deepcopy(pair)
print(dp, dp[1] is pair[1], type(dp).__name__, Num(7) + copy.copy(Num(1)), copy.deepcopy(Name("x")) + "y")
