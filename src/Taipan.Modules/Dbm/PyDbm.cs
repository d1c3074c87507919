using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Dbm;

/// <summary>_dbm.dbm: an open ndbm database; keys and values are bytes (str keys are stored as UTF-8).</summary>
[PyType("dbm")]
internal sealed unsafe partial class PyDbm : PyObject
{
    private nint db; // 0 once closed
    private readonly int flags;
    private long cachedSize = -1;

    public PyDbm(nint db, int flags) : base(DbmModule.DbmType)
    {
        this.db = db;
        this.flags = flags;
    }

    ~PyDbm()
    {
        if (db != 0) Ndbm.dbm_close(db);
    }

    private void CheckOpen()
    {
        if (db == 0) throw DbmModule.MakeError("DBM object has already been closed");
    }

    /// <summary>"s#": str as UTF-8, or bytes; <paramref name="message"/> replaces the converter's error when given.</summary>
    private static byte[] Arg(PyObject o, string? message = null)
    {
        if (o is PyStr s) return Runtime.Objects.Codecs.Encode(s, "utf-8", "strict");
        if (o is PyBytes b) return b.Value;
        if (message is not null) throw PyErrors.TypeError(message);
        if (Buffers.IsBuffer(o)) throw PyErrors.TypeError($"argument must be read-only bytes-like object, not {o.type.Name}");
        throw PyErrors.TypeError($"a bytes-like object is required, not '{o.type.Name}'");
    }

    private static PyBytes? ToBytes(Ndbm.Datum d) =>
        d.dptr == null ? null : PyBytes.From(new ReadOnlySpan<byte>(d.dptr, (int)d.dsize).ToArray());

    private byte[]? Fetch(byte[] key)
    {
        fixed (byte* k = key)
        {
            byte empty = 0;
            var d = Ndbm.dbm_fetch(db, new Ndbm.Datum { dptr = k == null ? &empty : k, dsize = (nuint)key.Length });
            return d.dptr == null ? null : new ReadOnlySpan<byte>(d.dptr, (int)d.dsize).ToArray();
        }
    }

    private bool Store(byte[] key, byte[] value)
    {
        fixed (byte* k = key)
        fixed (byte* v = value)
        {
            // fixed on an empty array gives null: ndbm wants a pointer even for an empty value
            byte empty = 0;
            var vd = new Ndbm.Datum { dptr = v == null ? &empty : v, dsize = (nuint)value.Length };
            var kd = new Ndbm.Datum { dptr = k == null ? &empty : k, dsize = (nuint)key.Length };
            return Ndbm.dbm_store(db, kd, vd, Ndbm.DBM_REPLACE) >= 0;
        }
    }

    private PyObject Subscript(PyObject key)
    {
        var k = Arg(key);
        CheckOpen();
        var v = Fetch(k);
        if (v is null) throw PyErrors.New(PyTypes.KeyError, key);
        if (Ndbm.dbm_error(db) != 0)
        {
            Ndbm.dbm_clearerr(db);
            throw DbmModule.MakeError("");
        }
        return PyBytes.From(v);
    }

    private void AssignSubscript(PyObject key, PyObject? value)
    {
        var k = Arg(key, "dbm mappings have bytes or string keys only");
        CheckOpen();
        cachedSize = -1;
        if (value is null)
        {
            int r;
            fixed (byte* kp = k) r = Ndbm.dbm_delete(db, new Ndbm.Datum { dptr = kp, dsize = (nuint)k.Length });
            if (r < 0)
            {
                Ndbm.dbm_clearerr(db);
                // a failure cannot be told from a missing key here, as in CPython
                if ((flags & 2) != 0) throw PyErrors.New(PyTypes.KeyError, key);
                throw DbmModule.MakeError("cannot delete item from database");
            }
        }
        else
        {
            var v = Arg(value, "dbm mappings have bytes or string elements only");
            if (!Store(k, v))
            {
                Ndbm.dbm_clearerr(db);
                throw DbmModule.MakeError("cannot add item to database");
            }
        }
        if (Ndbm.dbm_error(db) != 0)
        {
            Ndbm.dbm_clearerr(db);
            throw DbmModule.MakeError("");
        }
    }

    private long Count()
    {
        CheckOpen();
        if (cachedSize < 0)
        {
            long n = 0;
            for (var d = Ndbm.dbm_firstkey(db); d.dptr != null; d = Ndbm.dbm_nextkey(db)) n++;
            cachedSize = n;
        }
        return cachedSize;
    }

    [PyMethod]
    internal PyObject close()
    {
        if (db != 0) Ndbm.dbm_close(db);
        db = 0;
        GC.SuppressFinalize(this);
        return PyNone.Instance;
    }

    [PyMethod]
    internal PyObject keys()
    {
        CheckOpen();
        var r = new PyList();
        for (var d = Ndbm.dbm_firstkey(db); d.dptr != null; d = Ndbm.dbm_nextkey(db)) r.Append(ToBytes(d)!);
        return r;
    }

    /// <summary>The (key, default, /) arguments of get and setdefault, with CPython's messages: the key, and its
    /// stored value or null.</summary>
    private byte[]? FetchKeyArg(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, out byte[] key)
    {
        if (kwnames is { Count: > 0 }) throw PyErrors.TypeError($"'{PyOps.Str(kwnames[0]).Value}' is an invalid keyword argument for {name}()");
        if (args.Length < 1) throw PyErrors.TypeError($"{name}() takes at least 1 positional argument ({args.Length} given)");
        if (args.Length > 2) throw PyErrors.TypeError($"{name}() takes at most 2 arguments ({args.Length} given)");
        key = Arg(args[0]);
        CheckOpen();
        return Fetch(key);
    }

    [PyMethod]
    internal PyObject get(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var v = FetchKeyArg(args, kwnames, "get", out _);
        return v is not null ? PyBytes.From(v) : args.Length > 1 ? args[1] : PyNone.Instance;
    }

    [PyMethod]
    internal PyObject setdefault(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var v = FetchKeyArg(args, kwnames, "setdefault", out var k);
        if (v is not null) return PyBytes.From(v);
        PyObject dflt = args.Length > 1 ? args[1] : PyBytes.From(Array.Empty<byte>());
        var d = Arg(dflt, "dbm mappings have bytes or string elements only");
        cachedSize = -1;
        if (!Store(k, d))
        {
            Ndbm.dbm_clearerr(db);
            throw DbmModule.MakeError("cannot add item to database");
        }
        return dflt;
    }

    [PyMethod]
    internal PyObject __enter__() => this;

    [PyMethod]
    internal PyObject __exit__(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => close();

    [PyMethod]
    internal PyObject __reduce_ex__(PyObject protocol) => throw PyErrors.TypeError($"cannot pickle '{type.Name}' object");

    internal static void InitType(PyType t)
    {
        t.Length = static self => ((PyDbm)self).Count();
        t.GetItem = static (self, key) => ((PyDbm)self).Subscript(key);
        t.SetItem = static (self, key, value) => ((PyDbm)self).AssignSubscript(key, value);
        // only a mapping (mp_subscript, no sq_item): iter() must not fall back to the getitem protocol
        t.Iter = static self => throw PyErrors.TypeError($"'{self.type.Name}' object is not iterable");
        t.Contains = static (self, key) =>
        {
            var d = (PyDbm)self;
            d.CheckOpen();
            byte[] k = key switch
            {
                PyStr s => Runtime.Objects.Codecs.Encode(s, "utf-8", "strict"),
                PyBytes b => b.Value,
                _ => throw PyErrors.TypeError($"dbm key must be bytes or string, not {key.type.Name}"),
            };
            return d.Fetch(k) is not null;
        };
        InstallPyBindings(t);
    }
}
