namespace Taipan.Compiler.Bytecode;

/// <summary>Source range of one instruction: what co_positions() yields (lines 1-based,
/// columns 0-based UTF-8 offsets); -1 where CPython has None.</summary>
public readonly record struct SourcePosition(int Line, int EndLine, int Column, int EndColumn);

/// <summary>
/// Compact position table: runs of words sharing one position, each run encoded as varints
/// (word count, zigzag line delta from the previous run, end-line minus line, column + 1,
/// end column + 1). Typical cost is 4–6 bytes per run. Decoding is sequential (the interpreter
/// needs it only for tracebacks, tracing and f_lineno).
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
            WriteVar(buf, (uint)(j - i));
            int line = p.Line;
            WriteVar(buf, Zig(line - prevLine));
            WriteVar(buf, Zig(p.EndLine < 0 || line < 0 ? 0 : p.EndLine - line));
            WriteVar(buf, (uint)(p.Column + 1));
            WriteVar(buf, (uint)(p.EndColumn + 1));
            prevLine = line;
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
            int n = (int)ReadVar(table, ref pos);
            int line = prevLine + UnZig(ReadVar(table, ref pos));
            int endDelta = UnZig(ReadVar(table, ref pos));
            int col = (int)ReadVar(table, ref pos) - 1;
            int endCol = (int)ReadVar(table, ref pos) - 1;
            var sp = new SourcePosition(line, line < 0 ? -1 : line + endDelta, col, endCol);
            for (int k = 0; k < n && word < wordCount; k++) result[word++] = sp;
            prevLine = line;
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
