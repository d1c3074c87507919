using Taipan.Compiler.Bytecode;

namespace Taipan.Runtime.Objects;

/// <summary>
/// co_linetable in CPython 3.11's location-table format (Objects/locations.md), with one of our
/// instruction words as the code unit, so that it agrees with co_positions() and co_lines() (whose offsets
/// are words times two). Each entry covers 1-8 units: code 15 no location, 13 a line without columns,
/// 10-12 a line 0-2 below the last with one-byte columns, 0-9 the short form on the same line, 14 the
/// long form (signed line delta, end-line delta, column + 1, end column + 1 as 6-bit varints).
/// </summary>
internal static class CodeLineTable
{
    public static byte[] Encode(PyCode code)
    {
        var pos = code.Code.Positions;
        var buf = new List<byte>(pos.Length * 2);
        int prevLine = code.Code.FirstLineNo;
        int i = 0;
        while (i < pos.Length)
        {
            var p = pos[i];
            int j = i + 1;
            while (j < pos.Length && j - i < 8 && pos[j] == p) j++;
            int len = j - i;
            i = j;
            if (p.Line < 0)
            {
                buf.Add((byte)(0x80 | (15 << 3) | (len - 1)));
                continue;
            }
            int delta = p.Line - prevLine;
            prevLine = p.Line;
            int endLine = p.EndLine < p.Line ? p.Line : p.EndLine;
            bool oneLine = endLine == p.Line;
            bool hasCols = p.Column >= 0 && p.EndColumn >= p.Column;
            if (oneLine && p.Column < 0 && p.EndColumn < 0)
            {
                buf.Add((byte)(0x80 | (13 << 3) | (len - 1)));
                WriteSigned(buf, delta);
            }
            else if (oneLine && hasCols && delta == 0 && p.Column < 80 && p.EndColumn - p.Column < 16)
            {
                buf.Add((byte)(0x80 | ((p.Column >> 3) << 3) | (len - 1)));
                buf.Add((byte)(((p.Column & 7) << 4) | (p.EndColumn - p.Column)));
            }
            else if (oneLine && hasCols && delta >= 0 && delta < 3 && p.Column < 128 && p.EndColumn < 128)
            {
                buf.Add((byte)(0x80 | ((10 + delta) << 3) | (len - 1)));
                buf.Add((byte)p.Column);
                buf.Add((byte)p.EndColumn);
            }
            else
            {
                buf.Add((byte)(0x80 | (14 << 3) | (len - 1)));
                WriteSigned(buf, delta);
                WriteVarint(buf, (uint)(endLine - p.Line));
                WriteVarint(buf, p.Column < 0 ? 0u : (uint)(p.Column + 1));
                WriteVarint(buf, p.EndColumn < 0 ? 0u : (uint)(p.EndColumn + 1));
            }
        }
        return buf.ToArray();
    }

    private static void WriteVarint(List<byte> buf, uint v)
    {
        while (v >= 64)
        {
            buf.Add((byte)(0x40 | (v & 63)));
            v >>= 6;
        }
        buf.Add((byte)v);
    }

    private static void WriteSigned(List<byte> buf, int v) =>
        WriteVarint(buf, v < 0 ? ((uint)-v << 1) | 1 : (uint)v << 1);
}
