using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Binascii;

/// <summary>
/// binascii: hex, base64, uuencode, quoted-printable (QuotedPrintable.cs) and the CRCs, with CPython's
/// error messages.
/// </summary>
[PyModule("binascii")]
internal static partial class BinasciiModule
{
    private static PyType? error, incomplete;

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("binascii", InstallPyBindings);
        error ??= NewException("Error", PyTypes.ValueError);
        incomplete ??= NewException("Incomplete", PyTypes.Exception);
        m.Dict.SetItem(PyStr.FromAscii("Error"), error);
        m.Dict.SetItem(PyStr.FromAscii("Incomplete"), incomplete);
        // (data, /, *, flag=...): keyword-only flags, which the binding generator does not express
        BindingInstaller.AddFunction(m.Dict, "binascii", "b2a_base64", static (self, args, kwnames) =>
        {
            var (data, flag) = DataAndFlag(args, kwnames, "b2a_base64", "newline");
            return b2a_base64(data, flag is null || PyOps.IsTrue(flag));
        });
        BindingInstaller.AddFunction(m.Dict, "binascii", "a2b_base64", static (self, args, kwnames) =>
        {
            var (data, flag) = DataAndFlag(args, kwnames, "a2b_base64", "strict_mode");
            return a2b_base64(data, flag is not null && PyOps.IsTrue(flag));
        });
        BindingInstaller.AddFunction(m.Dict, "binascii", "b2a_uu", static (self, args, kwnames) =>
        {
            var (data, flag) = DataAndFlag(args, kwnames, "b2a_uu", "backtick");
            return b2a_uu(data, flag is not null && PyOps.IsTrue(flag));
        });
        return m;
    }

    /// <summary>Clinic's parsing of f(data, /, *, flag=...).</summary>
    private static (PyObject data, PyObject? flag) DataAndFlag(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, string flagName)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos != 1) throw PyErrors.TypeError($"{name}() takes exactly 1 positional argument ({npos} given)");
        PyObject? flag = null;
        for (int k = 0; k < nkw; k++)
        {
            var kw = ((PyStr)kwnames![k]).Value;
            if (kw != flagName) throw PyErrors.TypeError($"'{kw}' is an invalid keyword argument for {name}()");
            flag = args[npos + k];
        }
        return (args[0], flag);
    }

    private static PyType NewException(string name, PyType @base)
    {
        var t = (PyType)PyOps.Call(PyTypes.Type, [PyStr.FromAscii(name), PyTuple.Of(@base), new PyDict()]);
        t.Dict.SetItem(Names.Module, PyStr.FromAscii("binascii"));
        return t;
    }

    private static PyException Error(string message) => new((PyBaseException)PyOps.Call(error!, [PyStr.FromString(message)]));

    /// <summary>a2b_* accept ASCII str as well as bytes-like objects.</summary>
    private static byte[] AsciiData(PyObject data)
    {
        if (data is PyStr s)
        {
            foreach (var c in s.Value)
                if (c > 127) throw PyErrors.ValueError("string argument should contain only ASCII characters");
            return System.Text.Encoding.ASCII.GetBytes(s.Value);
        }
        if (Buffers.TryGetBytes(data, out var b)) return b;
        throw PyErrors.TypeError($"argument should be bytes, buffer or ASCII string, not '{data.type.Name}'");
    }

    private static ReadOnlySpan<byte> Data(PyObject data) =>
        Buffers.TryGetSpan(data, out var span) ? span : throw PyErrors.TypeError($"a bytes-like object is required, not '{data.type.Name}'");

    private static PyObject Hex(ReadOnlySpan<byte> data, PyObject? sep, long bytesPerSep)
    {
        var hex = Convert.ToHexString(data).ToLowerInvariant();
        if (sep is null || sep == PyNone.Instance || data.Length == 0) return PyBytes.From(System.Text.Encoding.ASCII.GetBytes(hex));
        // bytes.hex(sep, bytes_per_sep) has the same rules: reuse it.
        return PyOps.CallMethod(PyOps.CallMethod(PyBytes.From(data.ToArray()), "hex", [sep, PyInt.FromLong(bytesPerSep)]), "encode", [PyStr.FromAscii("ascii")]);
    }

    [PyFunction(PosOnly = 1)]
    internal static PyObject hexlify(PyObject data, PyObject? sep = null, long bytes_per_sep = 1) => Hex(Data(data), sep, bytes_per_sep);

    [PyFunction(PosOnly = 1)]
    internal static PyObject b2a_hex(PyObject data, PyObject? sep = null, long bytes_per_sep = 1) => Hex(Data(data), sep, bytes_per_sep);

    private static PyObject Unhex(PyObject hexstr)
    {
        var d = AsciiData(hexstr);
        if (d.Length % 2 != 0) throw Error("Odd-length string");
        var result = new byte[d.Length / 2];
        for (int i = 0; i < result.Length; i++)
        {
            int hi = HexValue(d[2 * i]), lo = HexValue(d[2 * i + 1]);
            if (hi < 0 || lo < 0) throw Error("Non-hexadecimal digit found");
            result[i] = (byte)(hi * 16 + lo);
        }
        return PyBytes.From(result);
    }

    private static int HexValue(byte c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    [PyFunction]
    internal static PyObject unhexlify(PyObject hexstr) => Unhex(hexstr);

    [PyFunction]
    internal static PyObject a2b_hex(PyObject hexstr) => Unhex(hexstr);

    internal static PyObject b2a_base64(PyObject data, bool newline = true)
    {
        var s = Convert.ToBase64String(Data(data));
        return PyBytes.From(System.Text.Encoding.ASCII.GetBytes(newline ? s + "\n" : s));
    }

    /// <summary>a2b_base64: non-alphabet characters are skipped and padding rules follow CPython's
    /// (strict_mode=False), including its messages for bad padding and lengths.</summary>
    internal static PyObject a2b_base64(PyObject data, bool strict_mode = false)
    {
        var d = AsciiData(data);
        if (strict_mode && d.Length > 0 && d[0] == '=') throw Error("Leading padding not allowed");
        var output = new List<byte>(d.Length * 3 / 4);
        int quad = 0, leftChar = 0, pads = 0;
        bool paddingStarted = false;
        for (int i = 0; i < d.Length; i++)
        {
            byte c = d[i];
            if (c == '=')
            {
                paddingStarted = true;
                if (quad >= 2 && quad + ++pads >= 4)
                {
                    // a complete pad sequence ends the data
                    if (strict_mode && i + 1 < d.Length) throw Error("Excess data after padding");
                    return PyBytes.From(output.ToArray());
                }
                continue;
            }
            int v = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9' ? c - '0' + 52
                : c == '+' ? 62 : c == '/' ? 63 : -1;
            if (v < 0)
            {
                if (strict_mode) throw Error("Only base64 data is allowed");
                continue;
            }
            if (strict_mode && paddingStarted) throw Error("Discontinuous padding not allowed");
            pads = 0;
            switch (quad)
            {
                case 0: quad = 1; leftChar = v; break;
                case 1: quad = 2; output.Add((byte)((leftChar << 2) | (v >> 4))); leftChar = v & 0x0f; break;
                case 2: quad = 3; output.Add((byte)((leftChar << 4) | (v >> 2))); leftChar = v & 0x03; break;
                default: quad = 0; output.Add((byte)((leftChar << 6) | v)); leftChar = 0; break;
            }
        }
        if (quad == 1)
            throw Error($"Invalid base64-encoded string: number of data characters ({output.Count / 3 * 4 + 1}) cannot be 1 more than a multiple of 4");
        if (quad != 0) throw Error("Incorrect padding");
        return PyBytes.From(output.ToArray());
    }

    [PyFunction]
    internal static long crc32(PyObject data, long crc = 0)
    {
        uint c = ~(uint)crc;
        foreach (var b in Data(data))
        {
            c ^= b;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? (c >> 1) ^ 0xEDB88320u : c >> 1;
        }
        return ~c;
    }

    [PyFunction]
    internal static long crc_hqx(PyObject data, long crc)
    {
        uint c = (uint)crc & 0xffff;
        foreach (var b in Data(data))
        {
            c ^= (uint)b << 8;
            for (int k = 0; k < 8; k++) c = (c & 0x8000) != 0 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
        }
        return c;
    }

    internal static PyObject b2a_uu(PyObject data, bool backtick = false)
    {
        var d = Data(data);
        if (d.Length > 45) throw Error("At most 45 bytes at once");
        var o = new List<byte> { (byte)(backtick && d.Length == 0 ? '`' : ' ' + d.Length) };
        for (int i = 0; i < d.Length; i += 3)
        {
            int b0 = d[i], b1 = i + 1 < d.Length ? d[i + 1] : 0, b2 = i + 2 < d.Length ? d[i + 2] : 0;
            foreach (var v in new[] { b0 >> 2, ((b0 << 4) | (b1 >> 4)) & 0x3f, ((b1 << 2) | (b2 >> 6)) & 0x3f, b2 & 0x3f })
                o.Add((byte)(backtick && v == 0 ? '`' : ' ' + v));
        }
        o.Add((byte)'\n');
        return PyBytes.From(o.ToArray());
    }

    /// <summary>a2b_uu: the first character gives the length; a short line is padded with zero bits, and
    /// what follows the data may only be blanks, backticks or line ends.</summary>
    [PyFunction]
    internal static PyObject a2b_uu(PyObject data)
    {
        var d = AsciiData(data);
        // CPython reads the bytes object's terminating NUL as the length of an empty line: 32 zero bytes
        int n = ((d.Length > 0 ? d[0] : 0) - ' ') & 0x3f;
        var o = new byte[n];
        int produced = 0, acc = 0, bits = 0;
        int i = 1;
        for (; produced < n; i++)
        {
            int c = i < d.Length ? d[i] : 0;
            if (c == '\n' || c == '\r' || i >= d.Length) c = 0; // blanks eaten at the end of the line
            else
            {
                // up to ' ' + 64 because some encoders write '`' for zero
                if (c < ' ' || c > ' ' + 64) throw Error("Illegal char");
                c = (c - ' ') & 0x3f;
            }
            acc = (acc << 6) | c;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                o[produced++] = (byte)(acc >> bits);
                acc &= (1 << bits) - 1;
            }
        }
        for (; i < d.Length; i++)
        {
            byte c = d[i];
            if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') throw Error("Trailing garbage");
        }
        return PyBytes.From(o);
    }
}
