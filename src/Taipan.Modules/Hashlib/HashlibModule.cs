using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Hashlib;

/// <summary>
/// _hashlib (the OpenSSL-backed module hashlib.py prefers) and _blake2, both over libcrypto's EVP
/// digests. hmac.py's fast path (hmac_new) reports UnsupportedDigestmodError, so hmac uses its
/// pure-Python construction over these hashes.
/// </summary>
[PyModule("_hashlib")]
internal static partial class HashlibModule
{
    private static readonly (string Py, string Ssl, bool Xof)[] Algorithms =
    {
        ("md5", "MD5", false), ("sha1", "SHA1", false), ("sha224", "SHA224", false), ("sha256", "SHA256", false),
        ("sha384", "SHA384", false), ("sha512", "SHA512", false), ("sha512_224", "SHA512-224", false),
        ("sha512_256", "SHA512-256", false), ("sha3_224", "SHA3-224", false), ("sha3_256", "SHA3-256", false),
        ("sha3_384", "SHA3-384", false), ("sha3_512", "SHA3-512", false), ("shake_128", "SHAKE128", true),
        ("shake_256", "SHAKE256", true), ("blake2b", "BLAKE2B-512", false), ("blake2s", "BLAKE2S-256", false),
    };

    internal static readonly PyType HashType, XofType;
    private static PyType? unsupportedDigestmod;

    static HashlibModule()
    {
        HashType = PyType.CreateBuiltin(PyTypes.Type, "_hashlib.HASH", PyTypes.Object, TypeFlags.None, 350);
        XofType = PyType.CreateBuiltin(PyTypes.Type, "_hashlib.HASHXOF", HashType, TypeFlags.None, 350);
        PyHashObject.InitType(HashType);
        BuiltinTypeSlots.Complete(HashType);
        BuiltinTypeSlots.Complete(XofType);
    }

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_hashlib", InstallPyBindings);
        m.Dict.SetItem(PyStr.FromAscii("HASH"), HashType);
        m.Dict.SetItem(PyStr.FromAscii("HASHXOF"), XofType);
        var names = new PySet(PyTypes.FrozenSet);
        foreach (var (py, ssl, xof) in Algorithms)
        {
            if (py.StartsWith("blake2", StringComparison.Ordinal) || OpenSsl.EVP_get_digestbyname(ssl) == 0) continue;
            names.Add(PyStr.FromAscii(py));
            var name = py;
            m.Dict.SetItem(PyStr.FromAscii("openssl_" + py), new PyBuiltinFunction("openssl_" + py, "_hashlib", null,
                (self, args, kwnames) => Construct(name, args, kwnames)));
        }
        m.Dict.SetItem(PyStr.FromAscii("openssl_md_meth_names"), names);
        unsupportedDigestmod ??= (PyType)PyOps.Call(PyTypes.Type, [PyStr.FromAscii("UnsupportedDigestmodError"), PyTuple.Of(PyTypes.ValueError), new PyDict()]);
        unsupportedDigestmod.Dict.SetItem(Names.Module, PyStr.FromAscii("_hashlib"));
        m.Dict.SetItem(PyStr.FromAscii("UnsupportedDigestmodError"), unsupportedDigestmod);
        return m;
    }

    internal static ReadOnlySpan<byte> DataOf(PyObject data)
    {
        if (data is PyStr) throw PyErrors.TypeError("Strings must be encoded before hashing");
        if (!Buffers.TryGetSpan(data, out var span)) throw PyErrors.TypeError($"object supporting the buffer API required");
        return span;
    }

    /// <summary>The hash object for a Python algorithm name (new(), openssl_*, _blake2).</summary>
    internal static PyHashObject Make(string pyName, PyObject? data)
    {
        foreach (var (py, ssl, xof) in Algorithms)
        {
            if (py != pyName) continue;
            var md = OpenSsl.EVP_get_digestbyname(ssl);
            if (md == 0) break;
            var h = new PyHashObject(xof ? XofType : HashType, py, md, xof);
            if (data is not null) h.Update(DataOf(data));
            return h;
        }
        throw PyErrors.ValueError($"unsupported hash type {pyName}");
    }

    private static PyObject Construct(string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = ArgParser.Unpack(args, kwnames, "openssl_" + name, new[] { "string", "usedforsecurity" }, 0, 0);
        return Make(name, s[0]);
    }

    [PyFunction]
    internal static PyObject @new(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = ArgParser.Unpack(args, kwnames, "new", new[] { "name", "string", "usedforsecurity" }, 0, 1);
        var name = (s[0] as PyStr ?? throw PyErrors.TypeError("new() argument 'name' must be str")).Value.ToLowerInvariant().Replace('-', '_');
        return Make(name, s[1]);
    }

    [PyFunction]
    internal static long get_fips_mode() => 0;

    [PyFunction]
    internal static bool compare_digest(PyObject a, PyObject b)
    {
        if (a is PyStr sa && b is PyStr sb)
        {
            if (sa.Value.Any(c => c > 127) || sb.Value.Any(c => c > 127))
                throw PyErrors.TypeError("comparing strings with non-ASCII characters is not supported");
            return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(sa.Value), System.Text.Encoding.ASCII.GetBytes(sb.Value));
        }
        if (!Buffers.TryGetSpan(a, out var x) || !Buffers.TryGetSpan(b, out var y))
            throw PyErrors.TypeError($"unsupported operand types(s) or combination of types: '{a.type.Name}' and '{b.type.Name}'");
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(x, y);
    }

    [PyFunction]
    internal static PyObject hmac_new(ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        throw new PyException((PyBaseException)PyOps.Call(unsupportedDigestmod!, [PyStr.FromAscii("use the pure-Python HMAC")]));

    [PyFunction]
    internal static PyObject pbkdf2_hmac(string hash_name, PyObject password, PyObject salt, long iterations, PyObject? dklen = null)
    {
        var alg = hash_name.ToLowerInvariant() switch
        {
            "sha1" => System.Security.Cryptography.HashAlgorithmName.SHA1,
            "sha256" => System.Security.Cryptography.HashAlgorithmName.SHA256,
            "sha384" => System.Security.Cryptography.HashAlgorithmName.SHA384,
            "sha512" => System.Security.Cryptography.HashAlgorithmName.SHA512,
            "md5" => System.Security.Cryptography.HashAlgorithmName.MD5,
            _ => throw PyErrors.ValueError($"unsupported hash type {hash_name}"),
        };
        if (iterations < 1) throw PyErrors.ValueError("iteration value must be greater than 0.");
        int size = dklen is null || dklen == PyNone.Instance
            ? System.Security.Cryptography.IncrementalHash.CreateHash(alg).HashLengthInBytes
            : (int)PyOps.Index(dklen).AsLong();
        if (size < 1) throw PyErrors.ValueError("key length must be greater than 0.");
        var key = System.Security.Cryptography.Rfc2898DeriveBytes.Pbkdf2(DataOf(password), DataOf(salt), (int)iterations, alg, size);
        return PyBytes.From(key);
    }
}
