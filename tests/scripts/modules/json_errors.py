# json errors: JSONDecodeError messages, positions, line/column, and encoding
# errors with the notes CPython 3.14 adds.
import json

bad_docs = ['', ' ', '[', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '[1 2]', '"abc', '"a\\x"',
            '"\\u12"', '"a\nb"', 'nul', 'tru', '[1]x', '{"a":}', '-', '01', '1.', '1e',
            '{"a":1 "b":2}', '[,]', '{,}', '   [1,\n  2,\n  ]', '\ufeff1', '"\\', '[1,2',
            '{"a"', '{"a":1', 'true false', '"\t"', '[-]', '.5', '+1', "'single'",
            '{"a": [1, {"b": 2]}', '[1, 2, 3,  ]', '"\\u00"', '{"x": tru}', '\n\n  @']
for doc in bad_docs:
    try:
        json.loads(doc)
        print(repr(doc), "parsed?!")
    except json.JSONDecodeError as e:
        print(repr(doc), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads('[1,\n  2,,]')
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.args, e.doc == '[1,\n  2,,]')
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__mro__[1].__name__)
err = json.JSONDecodeError("Custom", "ab\ncd", 4)
print(err, err.lineno, err.colno, err.pos, err.msg)
for thing in [1, None, [1]]:
    try:
        json.loads(thing)
    except TypeError as e:
        print("TypeError", e)


class Unknown:
    pass


def show(fn):
    try:
        print(fn())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, getattr(e, "__notes__", None))


show(lambda: json.dumps(Unknown()))
show(lambda: json.dumps({"a": [1, Unknown()]}))
show(lambda: json.dumps([{"k": {1, 2}}], indent=2))
show(lambda: json.dumps({(1,): 2}))
show(lambda: json.dumps({"outer": {(1,): 2}}))
show(lambda: json.dumps(float("nan"), allow_nan=False))
show(lambda: json.dumps([1, float("inf")], allow_nan=False))
show(lambda: json.dumps({"x": float("-inf")}, allow_nan=False))
loop = []
loop.append(loop)
show(lambda: json.dumps(loop))
d = {}
d["self"] = d
show(lambda: json.dumps(d))
show(lambda: json.dumps(Unknown(), default=lambda o: [o]))
show(lambda: json.dumps([Unknown()], default=lambda o: 1 / 0 if False else {"k": o}))
show(lambda: json.dumps(b"bytes"))
show(lambda: json.dumps({"a": 1, "b": 2, None: 3}, sort_keys=True))
show(lambda: json.dumps({"a": 1}, separators=(",",)))
show(lambda: json.dumps({None: Unknown()}))
