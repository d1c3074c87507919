using System.Text;

namespace Taipan.Compiler.Lexing;

/// <summary>
/// The 8-bit codecs a coding cookie can name (latin-1, ascii, cp1252, koi8-r, …): enough to
/// read any source file without System.Text.Encoding.CodePages. Tables are generated from
/// CPython by tools/gen_codecs.py.
/// </summary>
internal sealed partial class SingleByteCodec
{
    private readonly string? _upper; // bytes 0x80..0xFF; U+FFFF marks an undefined byte

    private SingleByteCodec(string name, string? upper, bool ascii)
    {
        Name = name;
        _upper = upper;
        IsAscii = ascii;
    }

    /// <summary>The codec name CPython's error messages use ('ascii', 'charmap', 'latin-1').</summary>
    public string Name { get; }
    private bool IsAscii { get; }

    public string ErrorReason => IsAscii ? "ordinal not in range(128)" : "character maps to <undefined>";

    /// <summary>codecs.lookup's normalisation: lower case, runs of punctuation other than '.' become one '_'.</summary>
    public static string NormalizeCodecName(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool punct = false;
        foreach (char ch in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch) || ch == '.')
            {
                if (punct && sb.Length > 0) sb.Append('_');
                sb.Append(ch);
                punct = false;
            }
            else punct = true;
        }
        return sb.ToString();
    }

    public static SingleByteCodec? Lookup(string name)
    {
        string n = NormalizeCodecName(name);
        if (!Aliases.TryGetValue(n, out string? codec) && !Aliases.TryGetValue(n.Replace('.', '_'), out codec))
            return null;
        return codec switch
        {
            "latin_1" => new SingleByteCodec("latin-1", null, ascii: false),
            "ascii" => new SingleByteCodec("ascii", null, ascii: true),
            _ => new SingleByteCodec("charmap", UpperHalf(codec), ascii: false),
        };
    }

    /// <summary>The text, or null when a byte has no mapping.</summary>
    public string? Decode(ReadOnlySpan<byte> data)
    {
        if (FirstUndecodable(data) >= 0) return null;
        if (IsAscii || _upper == null) return Encoding.Latin1.GetString(data);
        var chars = new char[data.Length];
        for (int i = 0; i < data.Length; i++)
        {
            byte b = data[i];
            chars[i] = b < 0x80 ? (char)b : _upper[b - 0x80];
        }
        return new string(chars);
    }

    public int FirstUndecodable(ReadOnlySpan<byte> data)
    {
        if (IsAscii) return data.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
        if (_upper == null) return -1;
        for (int i = 0; i < data.Length; i++)
            if (data[i] >= 0x80 && _upper[data[i] - 0x80] == '\uffff') return i;
        return -1;
    }
}
