# dbm.ndbm (_dbm over Berkeley DB) and shelve over it: store, fetch, delete, errors, whichdb
import dbm, dbm.ndbm, os, shelve, tempfile

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(dbm.ndbm.library, dbm.ndbm.error.__mro__[1].__name__)
with tempfile.TemporaryDirectory() as d:
    base = os.path.join(d, "db")
    with dbm.ndbm.open(base, "c") as db:
        db["alpha"] = b"1"
        db[b"beta"] = "two"
        db["é"] = b"utf8"
        print(sorted(db.keys()), len(db), db["alpha"], db[b"beta"], db.get("gamma"), db.get("gamma", b"x"))
        print("alpha" in db, b"beta" in db, "gamma" in db, db.setdefault("gamma", b"3"), db.setdefault("alpha"))
        del db["gamma"]
        print(len(db), sorted(db.keys()))
        show("missing", lambda: db["nope"])
        show("del-missing", lambda: db.__delitem__("nope"))
        show("key-type", lambda: db.__setitem__(1, b"x"))
        show("value-type", lambda: db.__setitem__("k", 1))
        show("contains-type", lambda: 1 in db)
        show("get-type", lambda: db.get(1))
        show("iter", lambda: iter(db))
    show("closed", lambda: db["alpha"])
    show("closed-len", lambda: len(db))
    print(sorted(os.listdir(d)), dbm.whichdb(base))
    with dbm.open(base, "r") as db:
        print(type(db).__name__, sorted(db.keys()))
    show("flag", lambda: dbm.ndbm.open(base, "x"))
    e = None
    try:
        dbm.ndbm.open(os.path.join(d, "no", "such"), "r")
    except dbm.ndbm.error as exc:
        e = exc
    print(type(e).__name__, e.errno, os.path.basename(e.filename))
    with dbm.ndbm.open(base, "n") as db:
        print(len(db))
        for name in ("get", "setdefault"):
            m = getattr(db, name)
            show(name + " no args", lambda: m())
            show(name + " three args", lambda: m(b"k", 1, 2))
            show(name + " keyword", lambda: m(b"k", default=1))

    with shelve.open(os.path.join(d, "shelf")) as sh:
        sh["x"] = {"a": [1, 2, 3]}
        sh["y"] = (1.5, None)
    with shelve.open(os.path.join(d, "shelf"), "r") as sh:
        print(sorted(sh.items()), dbm.whichdb(os.path.join(d, "shelf")))
