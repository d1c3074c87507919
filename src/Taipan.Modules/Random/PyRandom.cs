using System.Numerics;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.RandomLib;

/// <summary>_random.Random: the Mersenne Twister core under random.Random (which adds every
/// distribution in Python).</summary>
[PyType("Random")]
internal sealed partial class PyRandom : PyObject, IDictOwner
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("_random.Random", 30, InitType);
    private readonly MersenneTwister mt = new();
    private PyDict? dict;

    private PyRandom(PyType t) : base(t) { }

    public PyDict? GetDict(bool create) =>
        (type.Flags & TypeFlags.HasInstanceDict) == 0 ? null : dict ??= create ? new PyDict() : null;

    private static void InitType(PyType t)
    {
        t.New = static (callable, args, kwnames) => new PyRandom((PyType)callable);
        t.Init = static (self, args, kwnames) =>
        {
            if (self.type == PyTypeObject || self.type.Init == PyTypeObject.Init) ModuleTypes.NoKeywords(kwnames, "Random");
            int n = args.Length - (kwnames?.Count ?? 0);
            if (n > 1) throw PyErrors.TypeError("Random() requires 0 or 1 argument");
            ((PyRandom)self).Seed(n == 1 ? args[0] : null);
        };
        t.GetAttr = ObjectAttributes.GenericGetAttr;
        t.SetAttr = ObjectAttributes.GenericSetAttr;
        InstallPyBindings(t);
    }

    private void Seed(PyObject? arg)
    {
        if (arg is null || arg == PyNone.Instance)
        {
            var words = new uint[MersenneTwister.N];
            var bytes = new byte[words.Length * 4];
            System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
            Buffer.BlockCopy(bytes, 0, words, 0, bytes.Length);
            mt.InitByArray(words);
            return;
        }
        BigInteger n;
        if (arg is PyInt i) n = BigInteger.Abs(i.Big);
        else n = new BigInteger((ulong)PyOps.Hash(arg));
        // the absolute value's 32-bit words, least significant first
        long bits = (long)n.GetBitLength();
        int keyUsed = bits == 0 ? 1 : (int)((bits - 1) / 32 + 1);
        var key = new uint[keyUsed];
        var raw = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        for (int k = 0; k < raw.Length && k / 4 < keyUsed; k++) key[k / 4] |= (uint)raw[k] << (8 * (k % 4));
        mt.InitByArray(key);
    }

    [PyMethod]
    internal void seed(PyObject? n = null) => Seed(n);

    [PyMethod]
    internal double random() => mt.NextDouble();

    [PyMethod]
    internal PyObject getrandbits(long k)
    {
        if (k < 0) throw PyErrors.ValueError("number of bits must be non-negative");
        if (k == 0) return PyInt.Zero;
        if (k <= 32) return PyInt.FromLong(mt.NextUInt32() >> (int)(32 - k));
        if (k <= 64)
        {
            ulong lo = mt.NextUInt32();
            ulong hi = mt.NextUInt32();
            if (k < 64) hi >>= (int)(64 - k);
            return PyInt.FromULong(lo | (hi << 32));
        }
        long words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4];
        for (long w = 0; w < words; w++, k -= 32)
        {
            uint r = mt.NextUInt32();
            if (k < 32) r >>= (int)(32 - k);
            bytes[w * 4] = (byte)r;
            bytes[w * 4 + 1] = (byte)(r >> 8);
            bytes[w * 4 + 2] = (byte)(r >> 16);
            bytes[w * 4 + 3] = (byte)(r >> 24);
        }
        return PyInt.FromBig(new BigInteger(bytes, isUnsigned: true, isBigEndian: false));
    }

    [PyMethod]
    internal PyTuple getstate()
    {
        var items = new PyObject[MersenneTwister.N + 1];
        for (int i = 0; i < MersenneTwister.N; i++) items[i] = PyInt.FromLong(mt.State[i]);
        items[MersenneTwister.N] = PyInt.FromLong(mt.Index);
        return PyTuple.Wrap(items);
    }

    [PyMethod]
    internal void setstate(PyObject state)
    {
        if (state is not PyTuple t) throw PyErrors.TypeError("state vector must be a tuple");
        if (t.Count != MersenneTwister.N + 1) throw PyErrors.ValueError("state vector is the wrong size");
        var words = new uint[MersenneTwister.N];
        for (int i = 0; i < MersenneTwister.N; i++)
        {
            if (t[i] is not PyInt v) throw PyErrors.TypeError($"'{t[i].type.Name}' object cannot be interpreted as an integer");
            if (v.IsNegative) throw PyErrors.OverflowError("can't convert negative int to unsigned");
            if (v.Big > ulong.MaxValue) throw PyErrors.OverflowError("Python int too large to convert to C unsigned long");
            words[i] = (uint)(ulong)v.Big;
        }
        if (t[MersenneTwister.N] is not PyInt idx) throw PyErrors.TypeError($"'{t[MersenneTwister.N].type.Name}' object cannot be interpreted as an integer");
        long index = idx.AsLong();
        if (index < 0 || index > MersenneTwister.N) throw PyErrors.ValueError("invalid state");
        words.CopyTo(mt.State, 0);
        mt.Index = (int)index;
    }
}

internal static class RandomModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_random");
        m.Dict.SetItem(StrIntern.Intern("Random"), PyRandom.PyTypeObject);
        return m;
    }
}
