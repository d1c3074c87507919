import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "active": True, "score": 9.5, "none": None, "nested": {"k": [1, {"x": 2}]}, "uni": "é😀"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
back = json.loads(s)
print(back == data, type(back["score"]).__name__, back["uni"])
print(json.loads('[1, 2.0, "three", true, false, null, {"a": -1e3}]'))
print(json.dumps([1e16, 0.1, -0.0, 1e-7, 12345678901234567890, float("inf")]), json.dumps("quote\"back\\slash\ncontrol\x01"))
print(json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads("123"), json.loads(' {"dup": 1, "dup": 2} '))
for bad in ("{bad}", "[1,]", "", "{'single': 1}", "[1 2]", "NaNx"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e.msg, e.lineno, e.colno, e.pos)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({1: "int key", (2 if False else 2.5): "float key", True: "bool", None: "none"}))
print(json.dumps({"d": object()}, default=lambda o: "<obj>"), json.loads('{"a": 1.5}', parse_float=str))
