using System.Numerics;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.MarshalLib;

/// <summary>
/// marshal for the value types (None, bools, ints, floats, complex, str, bytes, tuples, lists, dicts,
/// sets, frozensets, Ellipsis, StopIteration) in CPython's format, version 0-4. Code objects are
/// Taipan's own: they marshal under a Taipan type code (<see cref="CodeMarshal"/>), which is what
/// importlib's SourceFileLoader puts in Taipan's .pyc files. Reading honours FLAG_REF
/// back-references; writing emits none, since CPython sets that flag from reference counts.
/// </summary>
[PyModule("marshal")]
internal static partial class MarshalModule
{
    public const long Version = 4;

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("marshal", InstallPyBindings);
        m.Dict.SetItem(PyStr.FromAscii("version"), PyInt.FromLong(Version));
        return m;
    }

    [PyFunction]
    internal static PyObject dumps(PyObject value, long version = Version)
    {
        var w = new MemoryStream();
        Write(w, value, (int)version, 0);
        return PyBytes.From(w.ToArray());
    }

    [PyFunction]
    internal static void dump(PyObject value, PyObject file, long version = Version) =>
        PyOps.CallMethod(file, "write", [dumps(value, version)]);

    [PyFunction]
    internal static PyObject loads(PyObject bytes)
    {
        var data = Buffers.Require(bytes).ToArray();
        int pos = 0;
        var refs = new List<PyObject?>();
        return Read(data, ref pos, refs);
    }

    [PyFunction]
    internal static PyObject load(PyObject file)
    {
        // Reads the whole rest of the file: simple and sufficient for marshal's uses.
        var data = Buffers.Require(PyOps.CallMethod(file, "read", ReadOnlySpan<PyObject>.Empty)).ToArray();
        int pos = 0;
        return Read(data, ref pos, new List<PyObject?>());
    }

    private static void Write(MemoryStream w, PyObject v, int version, int depth)
    {
        if (depth > 2000) throw PyErrors.ValueError("object too deeply nested to marshal");
        if (v == PyNone.Instance) { w.WriteByte((byte)'N'); return; }
        if (v == PyBool.True) { w.WriteByte((byte)'T'); return; }
        if (v == PyBool.False) { w.WriteByte((byte)'F'); return; }
        if (v == PyEllipsis.Instance) { w.WriteByte((byte)'.'); return; }
        if (v == PyTypes.StopIteration) { w.WriteByte((byte)'S'); return; }
        if (v is PyCode code) { w.Write(CodeMarshal.Dump(code.Code)); return; }
        if (v.type == PyTypes.Int)
        {
            var i = (PyInt)v;
            if (i.IsSmall && i.Small >= int.MinValue && i.Small <= int.MaxValue)
            {
                w.WriteByte((byte)'i');
                Int32(w, (int)i.Small);
                return;
            }
            w.WriteByte((byte)'l');
            var big = i.Big;
            var mag = BigInteger.Abs(big);
            var digits = new List<ushort>();
            while (!mag.IsZero) { digits.Add((ushort)(mag & 0x7FFF)); mag >>= 15; }
            Int32(w, big.Sign < 0 ? -digits.Count : digits.Count);
            foreach (var d in digits) { w.WriteByte((byte)(d & 0xFF)); w.WriteByte((byte)(d >> 8)); }
            return;
        }
        if (v.type == PyTypes.Float)
        {
            if (version > 1) { w.WriteByte((byte)'g'); Int64(w, BitConverter.DoubleToInt64Bits(((PyFloat)v).Value)); }
            else { w.WriteByte((byte)'f'); ShortText(w, PyOps.Repr(v).Value); }
            return;
        }
        if (v.type == PyTypes.Complex)
        {
            var c = (PyComplex)v;
            w.WriteByte((byte)'y');
            Int64(w, BitConverter.DoubleToInt64Bits(c.Real));
            Int64(w, BitConverter.DoubleToInt64Bits(c.Imag));
            return;
        }
        if (v.type == PyTypes.Str)
        {
            var s = ((PyStr)v).Value;
            var bytes = System.Text.Encoding.UTF8.GetBytes(s);
            bool ascii = bytes.Length == s.Length;
            if (version >= 4 && ascii && bytes.Length < 256) { w.WriteByte((byte)'z'); w.WriteByte((byte)bytes.Length); w.Write(bytes); return; }
            if (version >= 4 && ascii) { w.WriteByte((byte)'a'); Int32(w, bytes.Length); w.Write(bytes); return; }
            var encoded = PyOps.CallMethod(v, "encode", [PyStr.FromAscii("utf8"), PyStr.FromAscii("surrogatepass")]);
            var raw = Buffers.Require(encoded).ToArray();
            w.WriteByte((byte)'u');
            Int32(w, raw.Length);
            w.Write(raw);
            return;
        }
        if (Buffers.TryGetSpan(v, out var span) && v.type != PyTypes.Str)
        {
            w.WriteByte((byte)'s');
            Int32(w, span.Length);
            w.Write(span);
            return;
        }
        if (v.type == PyTypes.Tuple)
        {
            var t = (PyTuple)v;
            if (version >= 4 && t.Count < 256) { w.WriteByte((byte)')'); w.WriteByte((byte)t.Count); }
            else { w.WriteByte((byte)'('); Int32(w, t.Count); }
            foreach (var item in t.Items) Write(w, item, version, depth + 1);
            return;
        }
        if (v.type == PyTypes.List)
        {
            var l = (PyList)v;
            w.WriteByte((byte)'[');
            Int32(w, l.Count);
            for (int i = 0; i < l.Count; i++) Write(w, l[i], version, depth + 1);
            return;
        }
        if (v.type == PyTypes.Dict)
        {
            var d = (PyDict)v;
            w.WriteByte((byte)'{');
            int pos = 0;
            while (d.Next(ref pos, out var key, out var value)) { Write(w, key, version, depth + 1); Write(w, value, version, depth + 1); }
            w.WriteByte((byte)'0');
            return;
        }
        if (v.type == PyTypes.Set || v.type == PyTypes.FrozenSet)
        {
            var s = (PySet)v;
            w.WriteByte(v.type == PyTypes.Set ? (byte)'<' : (byte)'>');
            Int32(w, s.Count);
            foreach (var item in s.Items()) Write(w, item, version, depth + 1);
            return;
        }
        throw PyErrors.ValueError("unmarshallable object");
    }

    private static void Int32(MemoryStream w, int v)
    {
        Span<byte> b = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(b, v);
        w.Write(b);
    }

    private static void Int64(MemoryStream w, long v)
    {
        Span<byte> b = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(b, v);
        w.Write(b);
    }

    private static void ShortText(MemoryStream w, string s)
    {
        var b = System.Text.Encoding.ASCII.GetBytes(s);
        w.WriteByte((byte)b.Length);
        w.Write(b);
    }

    private static PyException Bad() => PyErrors.New(PyTypes.EOFError, "marshal data too short");

    private static byte Byte(byte[] d, ref int pos) => pos < d.Length ? d[pos++] : throw Bad();

    private static int ReadInt32(byte[] d, ref int pos)
    {
        if (pos + 4 > d.Length) throw Bad();
        int v = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(d.AsSpan(pos));
        pos += 4;
        return v;
    }

    private static long ReadInt64(byte[] d, ref int pos)
    {
        if (pos + 8 > d.Length) throw Bad();
        long v = System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(d.AsSpan(pos));
        pos += 8;
        return v;
    }

    private static byte[] Bytes(byte[] d, ref int pos, int n)
    {
        if (n < 0 || pos + n > d.Length) throw Bad();
        var r = d.AsSpan(pos, n).ToArray();
        pos += n;
        return r;
    }

    private static PyObject Read(byte[] d, ref int pos, List<PyObject?> refs)
    {
        byte code = Byte(d, ref pos);
        bool flag = (code & 0x80) != 0;
        char type = (char)(code & 0x7F);
        int slot = -1;
        if (flag) { slot = refs.Count; refs.Add(null); }
        PyObject result;
        switch (type)
        {
            case 'N': result = PyNone.Instance; break;
            case 'T': result = PyBool.True; break;
            case 'F': result = PyBool.False; break;
            case '.': result = PyEllipsis.Instance; break;
            case 'S': result = PyTypes.StopIteration; break;
            case (char)CodeMarshal.TypeCode: result = CodeMarshal.Load(d, ref pos); break;
            case 'i': result = PyInt.FromLong(ReadInt32(d, ref pos)); break;
            case 'l':
            {
                int n = ReadInt32(d, ref pos);
                var v = BigInteger.Zero;
                int count = Math.Abs(n);
                var digits = Bytes(d, ref pos, count * 2);
                for (int i = count - 1; i >= 0; i--) v = (v << 15) | (digits[2 * i] | (digits[2 * i + 1] << 8));
                result = PyInt.FromBig(n < 0 ? -v : v);
                break;
            }
            case 'g': result = new PyFloat(BitConverter.Int64BitsToDouble(ReadInt64(d, ref pos))); break;
            case 'f':
            {
                int n = Byte(d, ref pos);
                result = PyOps.Call(PyTypes.Float, [PyStr.FromAscii(System.Text.Encoding.ASCII.GetString(Bytes(d, ref pos, n)))]);
                break;
            }
            case 'y':
            {
                double re = BitConverter.Int64BitsToDouble(ReadInt64(d, ref pos)), im = BitConverter.Int64BitsToDouble(ReadInt64(d, ref pos));
                result = PyOps.Call(PyTypes.Complex, [new PyFloat(re), new PyFloat(im)]);
                break;
            }
            case 's': result = PyBytes.From(Bytes(d, ref pos, ReadInt32(d, ref pos))); break;
            case 'u': case 't':
                result = PyOps.CallMethod(PyBytes.From(Bytes(d, ref pos, ReadInt32(d, ref pos))), "decode", [PyStr.FromAscii("utf8"), PyStr.FromAscii("surrogatepass")]);
                break;
            case 'a': case 'A':
                result = PyStr.FromString(System.Text.Encoding.Latin1.GetString(Bytes(d, ref pos, ReadInt32(d, ref pos))));
                break;
            case 'z': case 'Z':
                result = PyStr.FromString(System.Text.Encoding.Latin1.GetString(Bytes(d, ref pos, Byte(d, ref pos))));
                break;
            case '(': case ')':
            {
                int n = type == ')' ? Byte(d, ref pos) : ReadInt32(d, ref pos);
                if (n < 0) throw PyErrors.ValueError("bad marshal data (tuple size out of range)");
                var items = new PyObject[n];
                for (int i = 0; i < n; i++) items[i] = Read(d, ref pos, refs);
                result = PyTuple.Wrap(items);
                break;
            }
            case '[':
            {
                int n = ReadInt32(d, ref pos);
                var l = new PyList();
                if (slot >= 0) refs[slot] = l;
                for (int i = 0; i < n; i++) l.Append(Read(d, ref pos, refs));
                result = l;
                break;
            }
            case '{':
            {
                var dict = new PyDict();
                if (slot >= 0) refs[slot] = dict;
                while (pos < d.Length && d[pos] != (byte)'0')
                {
                    var k = Read(d, ref pos, refs);
                    dict.SetItem(k, Read(d, ref pos, refs));
                }
                Byte(d, ref pos);
                result = dict;
                break;
            }
            case '<': case '>':
            {
                int n = ReadInt32(d, ref pos);
                var s = new PySet(type == '<' ? PyTypes.Set : PyTypes.FrozenSet);
                for (int i = 0; i < n; i++) s.Add(Read(d, ref pos, refs));
                result = s;
                break;
            }
            case 'r':
            {
                int i = ReadInt32(d, ref pos);
                if (i < 0 || i >= refs.Count || refs[i] is null) throw PyErrors.ValueError("bad marshal data (invalid reference)");
                return refs[i]!;
            }
            default:
                throw PyErrors.ValueError("bad marshal data (unknown type code)");
        }
        if (slot >= 0) refs[slot] = result;
        return result;
    }
}
