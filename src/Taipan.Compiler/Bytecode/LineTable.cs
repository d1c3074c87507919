namespace Taipan.Compiler.Bytecode;

/// <summary>Source range of one instruction: what co_positions() yields (lines 1-based,
/// columns 0-based UTF-8 offsets); -1 where CPython has None.</summary>
public readonly record struct SourcePosition(int Line, int EndLine, int Column, int EndColumn);

/// <summary>
/// Compact position table: runs of words sharing one position. Each run starts with a header
/// byte: bits 0-2 word count − 1 (7 means "≥ 8", a varint with count − 8 follows), bits 3-4 the
/// line form (0 same line as the previous run, 1 previous + 1, 2 zigzag varint delta follows,
/// 3 no position), bit 5 set when the run spans several lines (a varint end-line delta follows),
/// bits 6-7 the column form (0: column and width as one byte each, 1: varints column + 1 and
/// end column + 1, 2: no columns). Typical runs cost 3 bytes. Decoding is sequential; the
/// interpreter needs it only for tracebacks, tracing and f_lineno.
/// </summary>
public static class LineTable
{
    public static byte[] Encode(ReadOnlySpan<SourcePosition> perWord)
    {
        var buf = new List<byte>();
        int prevLine = 0;
        int i = 0;
        while (i < perWord.Length)
        {
            var p = perWord[i];
            int j = i + 1;
            while (j < perWord.Length && perWord[j] == p) j++;
            int count = j - i;
            int header = Math.Min(count - 1, 7);
            int lineForm = p.Line < 0 ? 3 : p.Line == prevLine ? 0 : p.Line == prevLine + 1 ? 1 : 2;
            bool multiLine = lineForm != 3 && p.EndLine >= 0 && p.EndLine != p.Line;
            int colForm = p.Column < 0 || p.EndColumn < 0 ? 2
                : p.Column < 256 && p.EndColumn >= p.Column && p.EndColumn - p.Column < 256 ? 0 : 1;
            header |= lineForm << 3 | (multiLine ? 1 << 5 : 0) | colForm << 6;
            buf.Add((byte)header);
            if (count - 1 >= 7) WriteVar(buf, (uint)(count - 8));
            if (lineForm == 2) WriteVar(buf, Zig(p.Line - prevLine));
            if (multiLine) WriteVar(buf, Zig(p.EndLine - p.Line));
            if (colForm == 0) { buf.Add((byte)p.Column); buf.Add((byte)(p.EndColumn - p.Column)); }
            else if (colForm == 1) { WriteVar(buf, (uint)(p.Column + 1)); WriteVar(buf, (uint)(p.EndColumn + 1)); }
            if (lineForm != 3) prevLine = p.Line;
            i = j;
        }
        return buf.ToArray();
    }

    public static SourcePosition[] Decode(byte[] table, int wordCount)
    {
        var result = new SourcePosition[wordCount];
        int pos = 0, word = 0, prevLine = 0;
        while (pos < table.Length && word < wordCount)
        {
            int header = table[pos++];
            int count = (header & 7) + 1;
            if (count == 8) count += (int)ReadVar(table, ref pos);
            int lineForm = (header >> 3) & 3;
            int line = lineForm switch
            {
                0 => prevLine,
                1 => prevLine + 1,
                2 => prevLine + UnZig(ReadVar(table, ref pos)),
                _ => -1,
            };
            int endLine = line < 0 ? -1 : (header & 32) != 0 ? line + UnZig(ReadVar(table, ref pos)) : line;
            int colForm = header >> 6;
            int col = -1, endCol = -1;
            if (colForm == 0) { col = table[pos++]; endCol = col + table[pos++]; }
            else if (colForm == 1) { col = (int)ReadVar(table, ref pos) - 1; endCol = (int)ReadVar(table, ref pos) - 1; }
            var sp = new SourcePosition(line, endLine, col, endCol);
            for (int k = 0; k < count && word < wordCount; k++) result[word++] = sp;
            if (line >= 0) prevLine = line;
        }
        for (; word < wordCount; word++) result[word] = new SourcePosition(-1, -1, -1, -1);
        return result;
    }

    private static uint Zig(int v) => (uint)((v << 1) ^ (v >> 31));
    private static int UnZig(uint v) => (int)(v >> 1) ^ -(int)(v & 1);

    private static void WriteVar(List<byte> buf, uint v)
    {
        while (v >= 0x80) { buf.Add((byte)(v | 0x80)); v >>= 7; }
        buf.Add((byte)v);
    }

    private static uint ReadVar(byte[] b, ref int pos)
    {
        uint v = 0; int shift = 0;
        while (true)
        {
            byte x = b[pos++];
            v |= (uint)(x & 0x7F) << shift;
            if (x < 0x80) return v;
            shift += 7;
        }
    }
}
