# json through the _json accelerators: values, escapes, options, hooks and every error message.
import json
import json.decoder
import json.encoder
import json.scanner
import _json
from collections import OrderedDict
from decimal import Decimal
from enum import IntEnum
import math


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, "->", repr(r))
    except json.JSONDecodeError as e:
        print(label, "JSONDecodeError:", e, "| pos", e.pos, "lineno", e.lineno, "colno", e.colno)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print("accelerated:", json.scanner.make_scanner is _json.make_scanner,
      json.decoder.scanstring is _json.scanstring,
      json.encoder.c_make_encoder is _json.make_encoder)

# --- dumps: values -----------------------------------------------------------------------
values = [None, True, False, 0, -1, 1 << 70, -(1 << 64), 1.5, -0.0, 0.1, 1e16, 1e-5, 1.7976931348623157e308,
          5e-324, 123456789.125, 1e22, 3.0, "", "plain", "q\"b\\s/", "\b\f\n\r\t\x00\x1f\x7f",
          "é ü \u2603 \U0001f642", [], {}, (), [1, [2, [3, []]]], (1, "a"), {"k": {"n": [None]}}]
for v in values:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False), json.dumps([v], separators=(",", ":")))
print(json.dumps("\ud800\udfff"), repr(json.dumps("x\ud800", ensure_ascii=False)))


class Color(IntEnum):
    RED = 1
    BLUE = 2


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


print(json.dumps([Color.RED, MyFloat(2.5), MyStr("s"), MyList([1, 2]), MyDict(a=1), True, 10 ** 30]))
print(json.dumps({Color.BLUE: 1, 2.5: 2, None: 3, True: 4, False: 5, -7: 6, 1e300: 7, MyStr("m"): 8}))
print(json.dumps(float("inf")), json.dumps([float("-inf"), float("nan")]), json.dumps({float("inf"): 1}))
show("nan disallowed", json.dumps, [1, float("nan")], allow_nan=False)
show("inf key disallowed", json.dumps, {float("inf"): 1}, allow_nan=False)
show("complex", json.dumps, [1, 2j])
show("set", json.dumps, {1, 2})
show("bytes", json.dumps, {"a": b"x"})
show("tuple key", json.dumps, {(1, 2): 3})
print(json.dumps({(1, 2): 3, "a": 1, 4j: 0, "b": 2}, skipkeys=True))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}, "é": 0, "B": 3}, sort_keys=True))
print(json.dumps({3: "x", 1: "y", 2: "z"}, sort_keys=True))
show("sort mixed keys", json.dumps, {"a": 1, 2: 3}, sort_keys=True)
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps(OrderedDict([("z", 1), ("a", 2)]), sort_keys=True))
print(json.dumps({"a": [1, 2], "b": "x"}, separators=(" ,", " : ")))

# default hook and markers
print(json.dumps([Decimal("1.10"), {1, 2} and sorted({3, 1, 2})], default=str))
print(json.dumps({"d": Decimal("2.5"), "s": frozenset([1])}, default=lambda o: [str(o)] if isinstance(o, Decimal) else sorted(o)))
a = []
a.append(a)
show("circular list", json.dumps, a)
d = {}
d["self"] = d
show("circular dict", json.dumps, d)
show("circular via default", json.dumps, [object()], default=lambda o: [o])
print(json.dumps(a, check_circular=False, default=str) if False else "skip unchecked recursion")
shared = [1]
print(json.dumps([shared, shared, {"x": shared}]))
show("default raises", json.dumps, [object()], default=lambda o: 1 / 0)
show("deep", lambda: len(json.dumps(eval("[" * 50 + "]" * 50))))

# indent (the pure-Python encoder) must agree
doc = {"a": [1, 2.5, None, {"b": "é"}], "c": [], "d": {}, "e": "x\ny"}
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent="\t", sort_keys=True, ensure_ascii=False))

# --- c_make_encoder directly ---------------------------------------------------------------
enc = _json.make_encoder(None, str, _json.encode_basestring_ascii, None, ":", ",", False, False, True)
print(type(enc).__name__, enc(["a", 1, {"k": 2.0}], 0), enc.key_separator, enc.item_separator,
      enc.sort_keys, enc.skipkeys, enc.markers, enc.indent)
print(len(enc(["x"] * 300000, 0)), len(enc("y" * 1000, 0)))
enc2 = _json.make_encoder({}, repr, lambda s: "<" + s + ">", None, "=", ";", True, True, False)
print(enc2({"b": "x", "a": [1, "y"]}, 0), enc2.markers)
show("sorted skip", enc2, {"b": 1, 1j: 0}, 0)
print(_json.make_encoder(None, str, str, None, ":", ",", False, True, True)({"b": 1, 1j: 0, "c": 2}, 0))
show("bad encoder result", _json.make_encoder(None, str, lambda s: 1, None, ":", ",", False, False, True), ["a"], 0)
show("markers type", _json.make_encoder, [], str, str, None, ":", ",", False, False, True)
show("separator type", _json.make_encoder, None, str, str, None, 1, ",", False, False, True)
show("missing arg", _json.make_encoder, None, str)
show("iterencode arg", enc, [1])
show("items 2-tuples", json.dumps, type("D", (dict,), {"items": lambda self: [(1, 2), "ab"]})(a=1))

# --- encode_basestring(_ascii) -------------------------------------------------------------
for s in ["", "abc", "a\"b", "\\", "\u0000\u001f\u007f\u0080\u00ff\u0100\uffff", "\U0001f642x", "\udc80"]:
    print(repr(_json.encode_basestring_ascii(s)), repr(_json.encode_basestring(s)))
show("ascii bytes", _json.encode_basestring_ascii, b"x")
show("unicode int", _json.encode_basestring, 1)

# --- loads ------------------------------------------------------------------------------------
texts = ['null', 'true', 'false', '0', '-0', '-0.0', '12', '-12', '1.5', '1e3', '1E-3', '2.5e+2', '1e400', '-1e400',
         '123456789012345678901234567890', '0.1', '[]', '{}', ' [ 1 , 2 ] ', '{"a": {"b": [true, null]}}',
         '"\\u00e9\\ud83d\\ude42\\n\\t\\"\\\\\\/\\b\\f\\r"', '"\\ud800"', '"\\ud800\\u0041"', '"\\udc00\\ud800"',
         '"é🙂"', '[1.0, 1, -0, 1.5e-10]', 'NaN', '[Infinity, -Infinity]', '{"a": 1, "a": 2}', '\n{"x"\n:\n1}\n',
         '[' * 30 + ']' * 30]
for t in texts:
    v = json.loads(t)
    print(repr(t), "->", repr(v), type(v).__name__ if not isinstance(v, (list, dict)) else "")
for bad in ['', ' ', '[', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1,}', '{"a" 1}', '{1: 2}', "{'a': 1}",
            '{"a":1 "b":2}', '"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12g4"', '"\\ud800\\u12"', '"a\x01b"',
            'nul', 'tru', 'fals', '-', '-a', '01', '1.', '1.e5', '.5', '1e', '1e+', '[1]x', '1 2', 'NaNa', 'Infinit',
            '"\\ud83d\\ude42" x', '["é", 🙂]', '\ufeff[]', '[1,\n2,\n]']:
    show(repr(bad), json.loads, bad)
print(json.loads('"a\x01b"', strict=False), repr(json.loads('["\\t\t"]', strict=False)))
show("strict control", json.loads, '["\t"]')
show("bytes utf-8", json.loads, '{"é": [1]}'.encode("utf-8"))
show("bytes utf-16", json.loads, '[1, "x"]'.encode("utf-16"))
show("not str", json.loads, 12)

# hooks
print(json.loads('{"a": 1, "b": [1.5, {"c": 2}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict, object_hook=dict))
print(json.loads('[1.25, 2, 3e2, 10]', parse_float=Decimal, parse_int=lambda s: "int:" + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "const:" + s))
print(json.loads('{"k": 1}', cls=json.JSONDecoder))
keys = json.loads('[{"same": 1}, {"same": 2}]')
print(keys, list(keys[0])[0] is list(keys[1])[0])

# raw_decode / scanner / scanstring
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('  {"a": "🙂"} x', 2) if False else dec.raw_decode('{"a": "🙂"} x'))
show("raw_decode ws", dec.raw_decode, ' [1]')
sc = _json.make_scanner(dec)
print(type(sc).__name__, sc.strict, sc.object_hook, sc.object_pairs_hook, sc.parse_float, sc.parse_int)
print(sc('🙂 [1, "🙂", 2]', 2), sc('xx"ab"', 2), sc('1.5e3,', 0), sc('-Infinity', 0))
show("scan end", sc, '[1]', 3)
show("scan negative", sc, '[1]', -1)
show("scan bytes", sc, b'[1]', 0)
show("scan bad", sc, 'x', 0)
print(_json.scanstring('"abc" rest', 1), _json.scanstring('🙂"🙂\\u00e9"', 2), _json.scanstring('"a\x01"', 1, False))
show("scanstring unterminated", _json.scanstring, '"abc', 1)
show("scanstring bounds", _json.scanstring, '"abc"', 10)
show("scanstring bytes", _json.scanstring, b'"abc"', 1)
show("scanstring control", _json.scanstring, '"a\nb"', 1)

# round trips
for obj in [values, {"nested": [{"k": i, "v": [i * 0.5, str(i)]} for i in range(5)]}, "\U0001f600" * 3]:
    for kw in ({}, {"ensure_ascii": False}, {"sort_keys": True}, {"indent": 1}):
        text = json.dumps(obj, **kw)
        back = json.loads(text)
        print(kw, back == json.loads(json.dumps(back, **kw)), len(text))
print(math.isnan(json.loads("NaN")), json.loads(json.dumps(0.1 + 0.2)) == 0.1 + 0.2)
