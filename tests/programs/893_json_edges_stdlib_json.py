# json round trips over the edges of the native encoder and scanner: escapes, lone surrogates,
# astral characters, big ints, nan/inf, float reprs, sort_keys, indent, separators, errors.
import json

strings = ["", "plain", 'quote"d', "back\\slash", "tab\tnl\ncr\r", "\x00\x01\x1f\x7f", "é ü ß", "☃",
           "😀 astral", "\ud800 lone high", "lone low \udc00", "\u2028\u2029", "/slash", "\b\f"]
for s in strings:
    a = json.dumps(s)
    u = json.dumps(s, ensure_ascii=False)
    print(a, repr(u), json.loads(a) == s, json.loads(u) == s)
print(ascii(json.loads('"\\ud83d\\ude00 \\u00e9 \\ud800x \\n\\t\\"\\\\\\/"')))

numbers = [0, -1, 2**63, -2**64 - 1, 10**30, 1.0, -0.0, 0.1, 1e16, 1e-7, 123456789.125, 1.7976931348623157e308,
           5e-324, float("nan"), float("inf"), -float("inf"), True, False, None]
print(json.dumps(numbers))
try:
    json.dumps(numbers, allow_nan=False)
except ValueError as e:
    print("ValueError", e)
for text in ["1", "-0", "1.5e3", "1E-2", "-12.50", "123456789012345678901234567890", "NaN", "-Infinity",
             "Infinity", "1e400", "[1,2.0,-3e0]", "0.1e1"]:
    v = json.loads(text)
    print(text, repr(v), type(v).__name__)
print(json.loads("1.25", parse_float=str), json.loads("7", parse_int=float), json.loads("NaN", parse_constant=repr))

doc = {"b": [1, {"z": None, "a": [True, False]}], "a": "x", "c": {}, "d": [], 3: "int key", 2.5: "float key",
       None: "none key", False: "bool key"}
print(json.dumps(doc))
print(json.dumps(doc, sort_keys=False, separators=(",", ":")))
print(json.dumps({"b": 1, "a": {"d": 2, "c": [3, {"f": 4, "e": 5}]}}, sort_keys=True))
print(json.dumps(doc, indent=2))
print(json.dumps({"b": 1, "a": [1, [2, []], {}]}, indent="\t", sort_keys=True))
print(json.dumps([1, {"a": 2}], indent=0))
print(json.dumps({"k": "é"}, ensure_ascii=False, indent=1))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({1, 2} and sorted({1, 2}), default=list), json.dumps(object, default=lambda o: o.__name__))

for bad in ['{"a" 1}', "[1,]", '"\\x"', '"abc', "01", "{'a': 1}", "[1 2]", '"\x01"', "", " ", "nul", "[1]x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"\x01"', strict=False) == "\x01")
print(json.loads('{"a": 1, "a": 2, "b": {"a": [1, 2]}}'), json.loads('[{"k": 1}, {"k": 2}]'))
print(json.loads('{"x": 1}', object_pairs_hook=list), json.loads('{"x": {"y": 2}}', object_hook=lambda d: sorted(d)))
big = {"records": [{"id": i, "name": "n%d" % i, "v": i / 7, "tags": ["t", "é"][: i % 3]} for i in range(50)]}
for kw in ({}, {"indent": 2}, {"sort_keys": True}, {"ensure_ascii": False}, {"separators": (",", ":")}):
    text = json.dumps(big, **kw)
    print(kw, len(text), json.loads(text) == big)
