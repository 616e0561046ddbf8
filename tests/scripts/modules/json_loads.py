# json.loads: values, whitespace, strings and escapes, numbers, hooks, raw_decode.
import json

doc = '''
{
  "name": "rspy", "version": [0, 1, 2], "stable": false, "parent": null,
  "ratio": 0.75, "big": 123456789012345678901234567890, "neg": -12, "exp": 1.5e3,
  "nested": {"list": [{"a": 1}, {"b": [true, false, null]}], "empty": {}, "arr": []}
}
'''
obj = json.loads(doc)
print(obj)
print(sorted(obj), type(obj["big"]).__name__, type(obj["exp"]).__name__, obj["nested"]["list"][1]["b"])
for s in ['0', '-0', '-0.0', '1E2', '1e-2', '2.5E+3', '123.456e-2', '10000000000000000000000',
          '"x"', 'true', 'false', 'null', '[]', '{}', '  [ 1 , 2 ]  ', '\n\t"ws"\r\n', '-1.0e0']:
    v = json.loads(s)
    print(repr(s), repr(v), type(v).__name__)
for s in ['NaN', 'Infinity', '-Infinity', '[NaN, Infinity]']:
    print(s, json.loads(s))
for s in [r'"\u00e9\u2603"', r'"\ud83d\ude00"', r'"tab\there"', r'"\/\\\"\b\f\n\r\t"',
          r'"\u0041\u0062c"', '"raw é ☃ 😀"', r'"mixed \u00E9 case \u00e9"']:
    print(repr(json.loads(s)))
print(json.loads('"a\tb"', strict=False), json.loads('{"a":"\n"}', strict=False))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"b": 1, "a": 2}'))
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda c: "const:" + c))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": 1, "y": [2], "x": 3}', object_pairs_hook=list))
print(json.loads('[{"k": 1}]', object_pairs_hook=lambda pairs: dict(pairs + [("extra", 0)])))
print(json.loads(b'{"bytes": [1]}'), json.loads(b'\xef\xbb\xbf[1]'))
dec = json.JSONDecoder()
print(dec.decode('[1, 2]'), dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('  [2]', 2))
print(dec.raw_decode('"s"xyz'), dec.raw_decode('123abc'), dec.raw_decode('nullx'))


class Counting(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
        self.objects = 0

    def hook(self, d):
        self.objects += 1
        return d


c = Counting()
print(c.decode('[{}, {"a": {}}]'), c.objects)
print(json.loads('[1]', cls=Counting), json.loads(json.dumps({"round": [1.5, "trip", None]})))
roundtrip = {"s": "é\n\"", "l": [1, -2.5, True, None], "d": {"": ""}}
print(json.loads(json.dumps(roundtrip)) == roundtrip, json.loads(json.dumps(roundtrip, ensure_ascii=False)) == roundtrip)
