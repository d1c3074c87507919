using System.Text;

namespace Taipan.Runtime.Objects;

internal sealed partial class PyStr
{
    /// <summary>A str from code points; lone surrogates become lone UTF-16 surrogates.</summary>
    public static PyStr FromCodePoints(ReadOnlySpan<int> codePoints)
    {
        var sb = new StringBuilder(codePoints.Length);
        foreach (var cp in codePoints)
        {
            if (cp > 0xFFFF) sb.Append(char.ConvertFromUtf32(cp));
            else sb.Append((char)cp);
        }
        return FromString(sb.ToString());
    }
}

internal sealed partial class PyStr
{
    /// <summary>BUILD_STRING (f-strings): the pieces on the value stack (exact strs) concatenated and the
    /// slots cleared; the metadata is combined from the pieces, as join does, instead of rescanning.</summary>
    internal static PyStr BuildString(Taipan.Runtime.Interpreter.FrameSlot[] slots, int start, int count)
    {
        long total = 0;
        int length = 0, max = 0;
        bool astral = false;
        for (int i = start; i < start + count; i++)
        {
            var p = (PyStr)slots[i].V!;
            total += p.Value.Length;
            length += p.Length;
            if (p.MaxCodePoint > max) max = p.MaxCodePoint;
            astral |= p.HasAstral;
        }
        if (total > Array.MaxLength) throw PyErrors.MemoryError();
        if (total == 0)
        {
            for (int i = start; i < start + count; i++) slots[i].V = null;
            return Empty;
        }
        var text = string.Create((int)total, (slots, start, count), static (dst, st) =>
        {
            int at = 0;
            for (int i = st.start; i < st.start + st.count; i++)
            {
                var v = ((PyStr)st.slots[i].V!).Value;
                v.AsSpan().CopyTo(dst.Slice(at));
                at += v.Length;
            }
        });
        for (int i = start; i < start + count; i++) slots[i].V = null;
        // surrogates could pair up across a seam: count again then
        return max >= 0xD800 ? FromString(text) : FromTrusted(text, length, max, astral);
    }
}

internal sealed partial class PyStr
{
    /// <summary>The same text as an instance of a str subclass.</summary>
    public PyStr WithType(PyType subtype) => new(Value, Length, MaxCodePoint, HasAstral) { type = subtype };
}
