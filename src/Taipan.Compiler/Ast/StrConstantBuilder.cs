using System.Text;

namespace Taipan.Compiler.Ast;

/// <summary>
/// Builds the value of a str constant (escapes decoded, adjacent literals concatenated): a
/// <c>string</c> while every code point is a Unicode scalar value, code points from the first
/// surrogate code point on, so a later <c>\udc00</c> cannot pair with an earlier <c>\ud800</c>.
/// Invariant in string mode: the text is well-formed UTF-16 (surrogates only as pairs).
/// </summary>
public sealed class StrConstantBuilder
{
    private readonly StringBuilder _sb;
    private List<int>? _codePoints;

    public StrConstantBuilder(int capacity = 16) => _sb = new StringBuilder(capacity);

    public bool IsEmpty => _codePoints is null ? _sb.Length == 0 : _codePoints.Count == 0;

    /// <summary>Appends well-formed UTF-16 text (source text, or a <c>string</c> constant).</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        if (_codePoints is null) _sb.Append(text);
        else AddCodePoints(_codePoints, text);
    }

    public void AppendCodePoint(int cp)
    {
        if (_codePoints is null)
        {
            if (cp < 0x10000)
            {
                if (!IsSurrogate(cp)) { _sb.Append((char)cp); return; }
                _codePoints = new List<int>(_sb.Length + 8);
                AddCodePoints(_codePoints, _sb.ToString());
            }
            else
            {
                cp -= 0x10000;
                _sb.Append((char)(0xD800 + (cp >> 10))).Append((char)(0xDC00 + (cp & 0x3FF)));
                return;
            }
        }
        _codePoints.Add(cp);
    }

    /// <summary>Appends a str constant's value: a <c>string</c> or a <see cref="SurrogateStr"/>.</summary>
    public void AppendValue(object value)
    {
        if (value is SurrogateStr s)
        {
            foreach (int cp in s.CodePoints) AppendCodePoint(cp);
        }
        else Append(((string)value).AsSpan());
    }

    /// <summary>A <c>string</c>, or a <see cref="SurrogateStr"/> if a surrogate code point was appended.</summary>
    public object ToValue() => _codePoints is null ? _sb.ToString() : new SurrogateStr(_codePoints.ToArray());

    public static bool IsSurrogate(int cp) => (uint)(cp - 0xD800) <= 0x7FF;

    private static void AddCodePoints(List<int> into, ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                into.Add(char.ConvertToUtf32(c, text[i + 1]));
                i++;
            }
            else into.Add(c);
        }
    }
}
