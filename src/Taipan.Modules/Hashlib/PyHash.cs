using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Hashlib;

/// <summary>_hashlib.HASH / HASHXOF: an OpenSSL digest context. Copies are independent contexts.</summary>
[PyType("_hashlib.HASH")]
internal sealed partial class PyHashObject : PyObject
{
    private nint ctx;
    private readonly nint md;
    public readonly string Name;
    private readonly bool xof;

    public PyHashObject(PyType type, string name, nint md, bool xof) : base(type)
    {
        Name = name;
        this.md = md;
        this.xof = xof;
        ctx = OpenSsl.EVP_MD_CTX_new();
        if (ctx == 0 || OpenSsl.EVP_DigestInit_ex(ctx, md, 0) != 1) throw PyErrors.ValueError($"unsupported hash type {name}");
    }

    private PyHashObject(PyHashObject from) : base(from.type)
    {
        Name = from.Name;
        md = from.md;
        xof = from.xof;
        ctx = OpenSsl.EVP_MD_CTX_new();
        if (OpenSsl.EVP_MD_CTX_copy_ex(ctx, from.ctx) != 1) throw PyErrors.ValueError("hash copy failed");
    }

    ~PyHashObject()
    {
        if (ctx != 0) OpenSsl.EVP_MD_CTX_free(ctx);
        ctx = 0;
    }

    public unsafe void Update(ReadOnlySpan<byte> data)
    {
        fixed (byte* p = data) OpenSsl.EVP_DigestUpdate(ctx, p, (nuint)data.Length);
    }

    private unsafe byte[] Final(int length)
    {
        var copy = new PyHashObject(this);
        var result = new byte[xof ? length : OpenSsl.EVP_MD_get_size(md)];
        fixed (byte* p = result)
        {
            if (xof) OpenSsl.EVP_DigestFinalXOF(copy.ctx, p, (nuint)result.Length);
            else OpenSsl.EVP_DigestFinal_ex(copy.ctx, p, out _);
        }
        GC.KeepAlive(copy);
        return result;
    }

    [PyMethod]
    internal void update(PyObject data) => Update(HashlibModule.DataOf(data));

    [PyMethod]
    internal PyObject digest(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => PyBytes.From(Final(Length(args, kwnames, "digest")));

    [PyMethod]
    internal PyObject hexdigest(ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        PyStr.FromAscii(Convert.ToHexString(Final(Length(args, kwnames, "hexdigest"))).ToLowerInvariant());

    private int Length(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name)
    {
        if (!xof)
        {
            if (args.Length != 0) throw PyErrors.TypeError($"HASH.{name}() takes no arguments ({args.Length} given)");
            return 0;
        }
        if (args.Length != 1) throw PyErrors.TypeError($"{name}() missing required argument 'length' (pos 1)");
        long n = PyOps.Index(args[0]).AsLong();
        if (n < 0) throw PyErrors.ValueError("value must be positive");
        if (n > int.MaxValue / 2) throw PyErrors.MemoryError();
        return (int)n;
    }

    [PyMethod]
    internal PyObject copy() => new PyHashObject(this);

    [PyGetter("name")] internal PyObject NameValue => PyStr.FromAscii(Name);
    [PyGetter("digest_size")] internal long DigestSize => xof ? 0 : OpenSsl.EVP_MD_get_size(md);
    [PyGetter("block_size")] internal long BlockSize => OpenSsl.EVP_MD_get_block_size(md);

    internal static void InitType(PyType t)
    {
        t.Repr = static self => PyStr.FromString($"<{((PyHashObject)self).Name} {self.type.Name[(self.type.Name.LastIndexOf('.') + 1)..]} object @ 0x{Taipan.Runtime.Objects.ObjectIds.Of(self):x}>");
        InstallPyBindings(t);
    }
}
