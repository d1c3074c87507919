db = {
    "users": [
        {"name": "ann", "age": 31, "tags": ["admin", "dev"]},
        {"name": "bob", "age": 25, "tags": []},
        {"name": "cy", "age": 40, "tags": ["dev"]},
    ],
    "meta": {"version": (1, 2), "ok": True, "none": None},
}
print(db)
print([u["name"] for u in db["users"] if "dev" in u["tags"]])
print(sorted(db["users"], key=lambda u: u["age"])[0]["name"], max(u["age"] for u in db["users"]))
by_tag = {}
for u in db["users"]:
    for t in u["tags"]:
        by_tag.setdefault(t, []).append(u["name"])
print(by_tag)
import_copy = [dict(u, tags=list(u["tags"])) for u in db["users"]]
import_copy[0]["tags"].append("new")
print(db["users"][0]["tags"], import_copy[0]["tags"])
print(db["meta"]["version"][1], db.get("missing", {}).get("x", "default"))
matrix = [[(r, c) for c in range(2)] for r in range(2)]
print(matrix, matrix == [[(0, 0), (0, 1)], [(1, 0), (1, 1)]])
