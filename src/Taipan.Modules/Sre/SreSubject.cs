using System.Runtime.CompilerServices;

namespace Taipan.Modules.Sre;

/// <summary>The text being matched, indexed by character (code point or byte). The engine is generic over
/// struct implementations so each gets its own specialised code.</summary>
internal interface ISreSubject
{
    int this[int index] { get; }
}

/// <summary>A str without astral characters: UTF-16 indexes are code point indexes.</summary>
internal readonly struct Utf16Subject : ISreSubject
{
    private readonly string text;
    public Utf16Subject(string text) => this.text = text;
    public int this[int index] { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => text[index]; }
}

/// <summary>A str with astral characters, decoded to code points once.</summary>
internal readonly struct CodePointSubject : ISreSubject
{
    private readonly int[] codePoints;
    public CodePointSubject(int[] codePoints) => this.codePoints = codePoints;
    public int this[int index] { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => codePoints[index]; }
}

/// <summary>A bytes-like object's bytes.</summary>
internal readonly struct ByteSubject : ISreSubject
{
    private readonly byte[] bytes;
    public ByteSubject(byte[] bytes) => this.bytes = bytes;
    public int this[int index] { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => bytes[index]; }
}
