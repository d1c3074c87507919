namespace Taipan.Runtime.Objects;

/// <summary>codecs.charmap_build's result: the inverse of a 256-character decoding table.</summary>
internal sealed class EncodingMap : PyObject
{
    public readonly Dictionary<int, byte> Map;

    public EncodingMap(Dictionary<int, byte> map) : base(BytesTypes.EncodingMap) => Map = map;

    public static EncodingMap Build(PyStr table)
    {
        var cps = TextCodecs.CodePoints(table);
        var map = new Dictionary<int, byte>(cps.Length);
        for (int i = 0; i < cps.Length && i < 256; i++) map.TryAdd(cps[i], (byte)i);
        return new EncodingMap(map);
    }
}
