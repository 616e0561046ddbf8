# Mutating a dict or set while iterating it.
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def grow():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
def shrink():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
def replace_keys():
    d = {1: 1}
    for k in d:
        d.pop(k)
        d[k + 1] = 1
    return d
def overwrite_values():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = k * 100
    return d
def values_view():
    d = {1: 1}
    for v in d.values():
        d[5] = 5
def items_view():
    d = {1: 1}
    for kv in d.items():
        d.clear()
def set_grow():
    s = {1}
    for x in s:
        s.add(x + 1)
def set_same_size():
    s = {1, 2}
    for x in s:
        s.discard(x)
        s.add(x + 100)
def list_remove():
    l = [1, 1, 2, 3]
    for x in l:
        if x == 1:
            l.remove(x)
    return l
def keys_list():
    d = {1: 1, 2: 2, 3: 3}
    for k in list(d):
        if k % 2:
            del d[k]
    return d

for f in (grow, shrink, replace_keys, overwrite_values, values_view,
          items_view, set_grow, set_same_size, list_remove, keys_list):
    t(f.__name__, f)

it = iter({1: 1, 2: 2})
print(next(it))
d = {"a": 1}
it = iter(d)
d["b"] = 2
t("after resize", lambda: next(it))
t("again", lambda: next(it))
d = {"x": 1, "y": 2}
view = d.keys()
d["z"] = 3
print(list(view), len(view), "z" in view)
t("popitem empty", lambda: {}.popitem())
d = {1: "a", 2: "b"}
print(d.popitem(), d, d.pop(1), d)
