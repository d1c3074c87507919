using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Binascii;

/// <summary>Quoted-printable (RFC 1521) as CPython's binascii codes it: 76-column lines with "=" soft breaks,
/// CRLF output when the input's first line ends in CRLF, trailing blanks of a line encoded, and in header
/// mode (RFC 1522) "_" standing for a space.</summary>
internal static partial class BinasciiModule
{
    private const int QpMaxLine = 76;
    private static readonly byte[] UpperHex = "0123456789ABCDEF"u8.ToArray();

    [PyFunction(PosOnly = 0)]
    internal static PyObject a2b_qp(PyObject data, bool header = false)
    {
        var d = AsciiData(data);
        var o = new List<byte>(d.Length);
        int i = 0;
        while (i < d.Length)
        {
            byte c = d[i];
            if (c == '=')
            {
                i++;
                if (i >= d.Length) break; // a lone "=" at the end is dropped
                if (d[i] == '\n' || d[i] == '\r')
                {
                    // soft line break: skip to just past the end of the line
                    if (d[i] != '\n')
                        while (i < d.Length && d[i] != '\n') i++;
                    if (i < d.Length) i++;
                }
                else if (d[i] == '=')
                {
                    // "==" from broken encoders stands for "="
                    o.Add((byte)'=');
                    i++;
                }
                else if (i + 1 < d.Length && HexValue(d[i]) >= 0 && HexValue(d[i + 1]) >= 0)
                {
                    o.Add((byte)((HexValue(d[i]) << 4) | HexValue(d[i + 1])));
                    i += 2;
                }
                else o.Add((byte)'=');
            }
            else if (header && c == '_')
            {
                o.Add((byte)' ');
                i++;
            }
            else
            {
                o.Add(c);
                i++;
            }
        }
        return PyBytes.From(o.ToArray());
    }

    [PyFunction(PosOnly = 0)]
    internal static PyObject b2a_qp(PyObject data, bool quotetabs = false, bool istext = true, bool header = false)
    {
        var d = Data(data);
        int n = d.Length;
        int nl = d.IndexOf((byte)'\n');
        bool crlf = nl > 0 && d[nl - 1] == '\r';
        var o = new List<byte>(n + n / 4);
        int lineLen = 0;
        int i = 0;
        while (i < n)
        {
            byte c = d[i];
            bool atEnd = i + 1 == n;
            bool needsQuote =
                c > 126 || c == '=' || (header && c == '_')
                || (c == '.' && lineLen == 0 && (atEnd || d[i + 1] == '\n' || d[i + 1] == '\r' || d[i + 1] == 0))
                || (!istext && (c == '\r' || c == '\n'))
                || ((c == '\t' || c == ' ') && atEnd)
                || (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
            if (needsQuote)
            {
                if (lineLen + 3 >= QpMaxLine) SoftBreak(o, crlf, ref lineLen);
                o.Add((byte)'=');
                o.Add(UpperHex[c >> 4]);
                o.Add(UpperHex[c & 15]);
                i++;
                lineLen += 3;
            }
            else if (istext && (c == '\n' || (i + 1 < n && c == '\r' && d[i + 1] == '\n')))
            {
                lineLen = 0;
                // a blank before the line end would be stripped by mail transport: encode it
                if (o.Count > 0 && (o[^1] == ' ' || o[^1] == '\t'))
                {
                    byte b = o[^1];
                    o[^1] = (byte)'=';
                    o.Add(UpperHex[b >> 4]);
                    o.Add(UpperHex[b & 15]);
                }
                if (crlf) o.Add((byte)'\r');
                o.Add((byte)'\n');
                i += c == '\r' ? 2 : 1;
            }
            else
            {
                if (!atEnd && d[i + 1] != '\n' && lineLen + 1 >= QpMaxLine) SoftBreak(o, crlf, ref lineLen);
                lineLen++;
                o.Add(header && c == ' ' ? (byte)'_' : c);
                i++;
            }
        }
        return PyBytes.From(o.ToArray());
    }

    private static void SoftBreak(List<byte> o, bool crlf, ref int lineLen)
    {
        o.Add((byte)'=');
        if (crlf) o.Add((byte)'\r');
        o.Add((byte)'\n');
        lineLen = 0;
    }
}
