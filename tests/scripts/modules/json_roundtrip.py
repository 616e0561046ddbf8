# json: pseudo-random documents dumped with varied options and loaded back.
import json

seed = 7


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


LEAVES = [0, -7, 2.5, 1e-7, 1e21, 'str"\\\n\x01', "é☃😀", None, True, False, 10 ** 20, -0.0, "", 0.1]
KEYS = ["a", "b", "", "key with space", "ü", 1, 2.5, None, True]


def gen(depth):
    k = rnd(9)
    if depth > 3 or k < 4:
        return LEAVES[rnd(len(LEAVES))]
    if k < 6:
        return [gen(depth + 1) for _ in range(rnd(4))]
    if k < 7:
        return tuple(gen(depth + 1) for _ in range(rnd(3)))
    return {KEYS[rnd(len(KEYS))]: gen(depth + 1) for _ in range(rnd(4))}


OPTIONS = [{}, {"indent": 2}, {"indent": "\t"}, {"separators": (",", ":")},
           {"ensure_ascii": False}, {"indent": 0}, {"sort_keys": True, "indent": 1},
           {"separators": (" ,", " : "), "ensure_ascii": False}]
for case in range(60):
    doc = gen(0)
    opts = OPTIONS[rnd(len(OPTIONS))]
    try:
        text = json.dumps(doc, **opts)
    except TypeError as e:
        print(case, "TypeError", e)
        continue
    back = json.loads(text)
    print(case, sorted(opts), text)
    print("  ->", back)

seed = 99
PIECES = ['{', '}', '[', ']', ',', ':', ' ', '\n', '"', '"a"', '1', '-', '0', '.', 'e', '+',
          'true', 'null', 'fals', 'NaN', '\\', '\\u00e9', 'x', '"k":']
for case in range(150):
    s = "".join(PIECES[rnd(len(PIECES))] for _ in range(rnd(10)))
    try:
        print(repr(s), "=", repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "!", e)
