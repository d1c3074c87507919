namespace Taipan.Cli.Fuzzing;

/// <summary>
/// Makes fuzz inputs from real Python files: byte edits (flip, insert, delete, duplicate a
/// run) and token edits (delete, duplicate, swap, or insert a keyword/operator). Token
/// edits keep inputs close to valid Python so they reach deep into the parser; byte edits
/// reach the decoder and tokenizer.
/// </summary>
internal sealed class InputMutator
{
    private static readonly string[] Insertions =
    {
        "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "=", ":=", "->", "**", "*", "@", "\\\n",
        "lambda", "yield", "await", "async", "def", "class", "if", "else", "elif", "for", "in",
        "not", "is", "match", "case", "_", "try", "except", "except*", "finally", "with", "as",
        "return", "global", "nonlocal", "del", "import", "from", "pass", "break", "continue",
        "f'{", "}'", "'", "\"\"\"", "\n", "\t", "    ", "\r", "#", "0x", "1e", "1_", "j", "\x00",
        "\u00e9", "\U0001F600", "\xa0", "!", "$", "?", "`",
    };

    private readonly Random _random;

    public InputMutator(int seed) => _random = new Random(seed);

    public byte[] Mutate(byte[] source)
    {
        int edits = 1 + _random.Next(4);
        byte[] current = source;
        for (int i = 0; i < edits; i++)
            current = _random.Next(2) == 0 ? ByteEdit(current) : TokenEdit(current);
        return current;
    }

    private byte[] ByteEdit(byte[] input)
    {
        var list = new List<byte>(input);
        int pos = list.Count == 0 ? 0 : _random.Next(list.Count);
        switch (_random.Next(5))
        {
            case 0:
                if (list.Count > 0) list[pos] = (byte)_random.Next(256);
                break;
            case 1:
                list.Insert(pos, (byte)_random.Next(256));
                break;
            case 2:
                if (list.Count > 0) list.RemoveRange(pos, Math.Min(list.Count - pos, 1 + _random.Next(8)));
                break;
            case 3:
                if (list.Count > 0)
                {
                    int len = Math.Min(list.Count - pos, 1 + _random.Next(64));
                    list.InsertRange(pos, list.GetRange(pos, len));
                }
                break;
            default:
                if (list.Count > 0) list[pos] ^= (byte)(1 << _random.Next(8));
                break;
        }
        return list.ToArray();
    }

    private byte[] TokenEdit(byte[] input)
    {
        var spans = RoughTokens(input);
        if (spans.Count == 0) return ByteEdit(input);
        int a = _random.Next(spans.Count);
        (int start, int length) = spans[a];
        var output = new List<byte>(input.Length + 16);
        switch (_random.Next(4))
        {
            case 0: // delete
                output.AddRange(input.AsSpan(0, start).ToArray());
                output.AddRange(input.AsSpan(start + length).ToArray());
                break;
            case 1: // duplicate
                output.AddRange(input.AsSpan(0, start + length).ToArray());
                output.AddRange(input.AsSpan(start, length).ToArray());
                output.AddRange(input.AsSpan(start + length).ToArray());
                break;
            case 2: // swap with another token
            {
                (int s2, int l2) = spans[_random.Next(spans.Count)];
                if (s2 < start) { (start, length, s2, l2) = (s2, l2, start, length); }
                if (s2 < start + length) goto case 0;
                output.AddRange(input.AsSpan(0, start).ToArray());
                output.AddRange(input.AsSpan(s2, l2).ToArray());
                output.AddRange(input.AsSpan(start + length, s2 - start - length).ToArray());
                output.AddRange(input.AsSpan(start, length).ToArray());
                output.AddRange(input.AsSpan(s2 + l2).ToArray());
                break;
            }
            default: // insert
            {
                string ins = Insertions[_random.Next(Insertions.Length)];
                bool space = _random.Next(2) == 0;
                output.AddRange(input.AsSpan(0, start).ToArray());
                output.AddRange(System.Text.Encoding.UTF8.GetBytes(space ? ins + " " : ins));
                output.AddRange(input.AsSpan(start).ToArray());
                break;
            }
        }
        return output.ToArray();
    }

    /// <summary>Word, number and punctuation runs; a cheap stand-in for real tokens.</summary>
    private static List<(int Start, int Length)> RoughTokens(byte[] input)
    {
        var spans = new List<(int, int)>();
        int i = 0;
        while (i < input.Length)
        {
            byte b = input[i];
            if (b == ' ' || b == '\n' || b == '\t' || b == '\r') { i++; continue; }
            int start = i;
            if (IsWord(b)) { while (i < input.Length && IsWord(input[i])) i++; }
            else i++;
            spans.Add((start, i - start));
        }
        return spans;
    }

    private static bool IsWord(byte b) => b >= 0x80 || b == '_' || (b | 0x20) >= 'a' && (b | 0x20) <= 'z' || b >= '0' && b <= '9';
}
