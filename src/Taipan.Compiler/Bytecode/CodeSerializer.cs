using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using Taipan.Compiler.Ast;

namespace Taipan.Compiler.Bytecode;

/// <summary>
/// Taipan's own serialisation of a <see cref="CodeObject"/> tree (what marshal writes for a code object,
/// and so the body of a <c>__pycache__/X.taipan-311.pyc</c>). Taipan bytecode is not CPython's, and it
/// changes whenever the compiler does, so every blob starts with a stamp: a format version and the
/// compiler assembly's MVID (deterministic builds make it a hash of the compiler's content). A blob with
/// another stamp is stale and <see cref="Deserialize"/> returns null, so the caller recompiles.
/// Layout: stamp, then the code object; strings are written once and referenced by index afterwards
/// (names and the file name repeat in every nested code object).
/// </summary>
public static class CodeSerializer
{
    /// <summary>Bump when the layout below changes (the MVID covers changes of the bytecode itself).</summary>
    public const int FormatVersion = 1;

    private const uint Magic = 0x434E5054; // "TPNC"

    /// <summary>Format version and compiler MVID: 20 bytes written at the start of every blob.</summary>
    public static ReadOnlySpan<byte> Stamp => stamp;

    private static readonly byte[] stamp = MakeStamp();

    /// <summary>Two bytes derived from the stamp, for a .pyc magic number that changes with the compiler.</summary>
    public static ushort StampHash16
    {
        get
        {
            uint h = 2166136261;
            foreach (var b in stamp) h = (h ^ b) * 16777619;
            return (ushort)(h ^ (h >> 16));
        }
    }

    private static byte[] MakeStamp()
    {
        var s = new byte[20];
        BinaryPrimitives.WriteInt32LittleEndian(s, FormatVersion);
        typeof(CodeObject).Module.ModuleVersionId.TryWriteBytes(s.AsSpan(4));
        return s;
    }

    public static byte[] Serialize(CodeObject code)
    {
        var w = new Writer();
        w.Raw(BitConverter.GetBytes(Magic));
        w.Raw(stamp);
        w.Code(code);
        return w.ToArray();
    }

    /// <summary>True when <paramref name="data"/> starts with this build's stamp.</summary>
    public static bool IsCurrent(ReadOnlySpan<byte> data) =>
        data.Length >= 4 + stamp.Length && BinaryPrimitives.ReadUInt32LittleEndian(data) == Magic && data.Slice(4, stamp.Length).SequenceEqual(stamp);

    /// <summary>The code object, or null when the blob comes from another compiler build. Malformed
    /// data throws <see cref="InvalidDataException"/>. A non-null <paramref name="filename"/> replaces
    /// co_filename throughout, as importlib's _fix_co_filename does for a moved source file.</summary>
    public static CodeObject? Deserialize(ReadOnlySpan<byte> data, string? filename = null)
    {
        if (!IsCurrent(data)) return null;
        var r = new Reader(data.Slice(4 + stamp.Length), filename);
        var code = r.Code(0);
        if (!r.AtEnd) throw new InvalidDataException("trailing data after code object");
        return code;
    }

    private enum Tag : byte
    {
        None = (byte)'N', Ellipsis = (byte)'.', True = (byte)'T', False = (byte)'F',
        Long = (byte)'l', Int = (byte)'i', Big = (byte)'L', Double = (byte)'g', Complex = (byte)'y',
        Str = (byte)'s', SurrogateStr = (byte)'S', Bytes = (byte)'b', Code = (byte)'c',
        Tuple = (byte)'(', FrozenSet = (byte)'>',
    }

    private sealed class Writer
    {
        private byte[] buf = new byte[4096];
        private int len;
        private readonly Dictionary<string, int> strings = new(StringComparer.Ordinal);

        public byte[] ToArray() => buf.AsSpan(0, len).ToArray();

        private Span<byte> Grow(int n)
        {
            if (len + n > buf.Length) Array.Resize(ref buf, Math.Max(buf.Length * 2, len + n));
            var s = buf.AsSpan(len, n);
            len += n;
            return s;
        }

        public void Raw(ReadOnlySpan<byte> b) => b.CopyTo(Grow(b.Length));

        public void Byte(byte b) => Grow(1)[0] = b;

        public void UVar(ulong v)
        {
            while (v >= 0x80) { Byte((byte)(v | 0x80)); v >>= 7; }
            Byte((byte)v);
        }

        public void Var(long v) => UVar((ulong)((v << 1) ^ (v >> 63)));

        public void Count(int n) => UVar((uint)n);

        /// <summary>0 then the text for a first occurrence, else 1 + its index in the string table.</summary>
        public void Str(string s)
        {
            if (strings.TryGetValue(s, out int index)) { UVar((ulong)index + 1); return; }
            strings.Add(s, strings.Count);
            UVar(0);
            bool narrow = true;
            foreach (char c in s) if (c > 0xFF) { narrow = false; break; }
            UVar(((ulong)s.Length << 1) | (narrow ? 0UL : 1UL));
            if (narrow)
            {
                var dst = Grow(s.Length);
                for (int i = 0; i < s.Length; i++) dst[i] = (byte)s[i];
            }
            else Raw(MemoryMarshal.AsBytes(s.AsSpan()));
        }

        private void Strs(string[] items)
        {
            Count(items.Length);
            foreach (var s in items) Str(s);
        }

        public void Code(CodeObject c)
        {
            Count(c.Code.Length);
            Raw(MemoryMarshal.AsBytes(c.Code.AsSpan()));
            Count(c.ArgCount);
            Count(c.PosOnlyArgCount);
            Count(c.KwOnlyArgCount);
            Count(c.StackSize);
            UVar((uint)c.Flags);
            Count(c.Consts.Length);
            foreach (var k in c.Consts) Const(k);
            Strs(c.Names);
            Strs(c.VarNames);
            Strs(c.CellVars);
            Strs(c.FreeVars);
            Str(c.Filename);
            Str(c.Name);
            Str(c.QualName);
            Var(c.FirstLineNo);
            Count(c.LineTable.Length);
            Raw(c.LineTable);
            Count(c.ExceptionTable.Length);
            foreach (var e in c.ExceptionTable)
            {
                Count(e.Start);
                Count(e.End);
                Count(e.Handler);
                Count(e.Depth);
                Byte(e.PushLasti ? (byte)1 : (byte)0);
            }
            Count(c.CacheCount);
        }

        private void Const(object k)
        {
            switch (k)
            {
                case NoneConstant: Byte((byte)Tag.None); break;
                case EllipsisConstant: Byte((byte)Tag.Ellipsis); break;
                case bool b: Byte((byte)(b ? Tag.True : Tag.False)); break;
                case long l: Byte((byte)Tag.Long); Var(l); break;
                case int i: Byte((byte)Tag.Int); Var(i); break;
                case BigInteger bi:
                {
                    Byte((byte)Tag.Big);
                    var bytes = bi.ToByteArray();
                    Count(bytes.Length);
                    Raw(bytes);
                    break;
                }
                case double d: Byte((byte)Tag.Double); BinaryPrimitives.WriteInt64LittleEndian(Grow(8), BitConverter.DoubleToInt64Bits(d)); break;
                case Complex z:
                    Byte((byte)Tag.Complex);
                    BinaryPrimitives.WriteInt64LittleEndian(Grow(8), BitConverter.DoubleToInt64Bits(z.Real));
                    BinaryPrimitives.WriteInt64LittleEndian(Grow(8), BitConverter.DoubleToInt64Bits(z.Imaginary));
                    break;
                case string s: Byte((byte)Tag.Str); Str(s); break;
                case SurrogateStr ss:
                    Byte((byte)Tag.SurrogateStr);
                    Count(ss.CodePoints.Length);
                    foreach (int cp in ss.CodePoints) Count(cp);
                    break;
                case byte[] bytes: Byte((byte)Tag.Bytes); Count(bytes.Length); Raw(bytes); break;
                case CodeObject co: Byte((byte)Tag.Code); Code(co); break;
                case ConstantTuple t:
                    Byte((byte)(t.IsFrozenSet ? Tag.FrozenSet : Tag.Tuple));
                    Count(t.Items.Length);
                    foreach (var item in t.Items) Const(item);
                    break;
                default: throw new ArgumentException($"unsupported constant of type {k.GetType().Name}");
            }
        }
    }

    private ref struct Reader
    {
        private readonly ReadOnlySpan<byte> data;
        private int pos;
        private readonly List<string> strings;
        private readonly string? filename;

        public Reader(ReadOnlySpan<byte> data, string? filename)
        {
            this.data = data;
            this.filename = filename;
            strings = new List<string>();
        }

        public readonly bool AtEnd => pos == data.Length;

        private static InvalidDataException Bad() => new("truncated or malformed Taipan code data");

        private ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0 || n > data.Length - pos) throw Bad();
            var s = data.Slice(pos, n);
            pos += n;
            return s;
        }

        private byte Byte() => pos < data.Length ? data[pos++] : throw Bad();

        private ulong UVar()
        {
            ulong v = 0;
            for (int shift = 0; shift < 64; shift += 7)
            {
                byte b = Byte();
                v |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80) return v;
            }
            throw Bad();
        }

        private long Var()
        {
            ulong u = UVar();
            return (long)(u >> 1) ^ -(long)(u & 1);
        }

        private int Count()
        {
            ulong v = UVar();
            return v <= int.MaxValue ? (int)v : throw Bad();
        }

        private string Str()
        {
            ulong r = UVar();
            if (r != 0) return r <= (ulong)strings.Count ? strings[(int)(r - 1)] : throw Bad();
            ulong h = UVar();
            if ((h >> 1) > int.MaxValue) throw Bad();
            int n = (int)(h >> 1);
            string s;
            if ((h & 1) == 0) s = System.Text.Encoding.Latin1.GetString(Take(n));
            else s = new string(MemoryMarshal.Cast<byte, char>(Take(checked(n * 2))));
            strings.Add(s);
            return s;
        }

        private string[] Strs()
        {
            int n = Count();
            if (n > data.Length - pos) throw Bad();
            var items = n == 0 ? Array.Empty<string>() : new string[n];
            for (int i = 0; i < n; i++) items[i] = Str();
            return items;
        }

        public CodeObject Code(int depth)
        {
            if (depth > 200) throw Bad();
            int nwords = Count();
            var words = MemoryMarshal.Cast<byte, int>(Take(checked(nwords * 4))).ToArray();
            int argCount = Count(), posOnly = Count(), kwOnly = Count(), stackSize = Count();
            var flags = (CodeFlags)(uint)UVar();
            int nconsts = Count();
            if (nconsts > data.Length - pos) throw Bad();
            var consts = new object[nconsts];
            for (int i = 0; i < nconsts; i++) consts[i] = Const(depth);
            var names = Strs();
            var varNames = Strs();
            var cellVars = Strs();
            var freeVars = Strs();
            var file = Str();
            var name = Str();
            var qualName = Str();
            int firstLine = (int)Var();
            var lineTable = Take(Count()).ToArray();
            int nexc = Count();
            if (nexc > data.Length - pos) throw Bad();
            var exc = nexc == 0 ? Array.Empty<ExceptionTableEntry>() : new ExceptionTableEntry[nexc];
            for (int i = 0; i < nexc; i++)
                exc[i] = new ExceptionTableEntry(Count(), Count(), Count(), Count(), Byte() != 0);
            int cacheCount = Count();
            return new CodeObject
            {
                Code = words, ArgCount = argCount, PosOnlyArgCount = posOnly, KwOnlyArgCount = kwOnly,
                StackSize = stackSize, Flags = flags, Consts = consts, Names = names, VarNames = varNames,
                CellVars = cellVars, FreeVars = freeVars, Filename = filename ?? file, Name = name,
                QualName = qualName, FirstLineNo = firstLine, LineTable = lineTable, ExceptionTable = exc,
                CacheCount = cacheCount,
            };
        }

        private object Const(int depth)
        {
            switch ((Tag)Byte())
            {
                case Tag.None: return NoneConstant.Instance;
                case Tag.Ellipsis: return EllipsisConstant.Instance;
                case Tag.True: return true;
                case Tag.False: return false;
                case Tag.Long: return Var();
                case Tag.Int: return checked((int)Var());
                case Tag.Big: return new BigInteger(Take(Count()));
                case Tag.Double: return BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(Take(8)));
                case Tag.Complex:
                {
                    double re = BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(Take(8)));
                    double im = BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(Take(8)));
                    return new Complex(re, im);
                }
                case Tag.Str: return Str();
                case Tag.SurrogateStr:
                {
                    int n = Count();
                    if (n > data.Length - pos) throw Bad();
                    var cps = new int[n];
                    for (int i = 0; i < n; i++) cps[i] = Count();
                    return new SurrogateStr(cps);
                }
                case Tag.Bytes: return Take(Count()).ToArray();
                case Tag.Code: return Code(depth + 1);
                case Tag.Tuple:
                case Tag.FrozenSet:
                {
                    bool frozen = data[pos - 1] == (byte)Tag.FrozenSet;
                    int n = Count();
                    if (n > data.Length - pos) throw Bad();
                    var items = new object[n];
                    for (int i = 0; i < n; i++) items[i] = Const(depth + 1);
                    return new ConstantTuple(items, frozen);
                }
                default: throw Bad();
            }
        }
    }
}
