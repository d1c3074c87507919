using Taipan.Runtime.Objects;

namespace Taipan.Modules.Struct;

/// <summary>How one format code packs integers; the choice depends on the byte order as in CPython,
/// where standard-size codes whose size matches the native one use the native packers (and so
/// the native packers' messages).</summary>
internal enum IntPacking { None, NativeByte, NativeUByte, NativeShort, NativeUShort, Ranged, RangedUnsigned, Long, ULong, BigBytes, VoidPtr }

internal readonly record struct StructCode(char Code, int Size, int Count, int Offset, IntPacking Packing);

/// <summary>A parsed format: its codes with offsets, total size and number of items.</summary>
internal sealed class StructFormat
{
    public readonly string Format;
    public readonly bool LittleEndian;
    public readonly bool Native;
    public readonly StructCode[] Codes;
    public readonly int Size;
    public readonly int ItemCount;

    private StructFormat(string format, bool little, bool native, StructCode[] codes, int size, int items)
    {
        Format = format;
        LittleEndian = little;
        Native = native;
        Codes = codes;
        Size = size;
        ItemCount = items;
    }

    private static int NativeSize(char c) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'd' or 'P' => 8,
        _ => -1,
    };

    private static int StandardSize(char c) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'l' or 'L' or 'f' => 4,
        'q' or 'Q' or 'd' => 8,
        _ => -1,
    };

    private static IntPacking Packing(char mode, char c)
    {
        switch (c)
        {
            case 'b': return IntPacking.NativeByte;
            case 'B': return IntPacking.NativeUByte;
        }
        if (mode == '@')
        {
            return c switch
            {
                'h' => IntPacking.NativeShort, 'H' => IntPacking.NativeUShort,
                'i' => IntPacking.Ranged, 'I' => IntPacking.RangedUnsigned,
                'l' or 'q' or 'n' => IntPacking.Long, 'L' or 'Q' or 'N' => IntPacking.ULong,
                'P' => IntPacking.VoidPtr, _ => IntPacking.None,
            };
        }
        if (mode is '<' or '=')
        {
            return c switch
            {
                'h' => IntPacking.NativeShort, 'H' => IntPacking.NativeUShort,
                'i' or 'l' => IntPacking.Ranged, 'I' or 'L' => IntPacking.RangedUnsigned,
                'q' => IntPacking.Long, 'Q' => IntPacking.ULong, _ => IntPacking.None,
            };
        }
        return c switch
        {
            'h' or 'i' or 'l' => IntPacking.Ranged, 'H' or 'I' or 'L' => IntPacking.RangedUnsigned,
            'q' or 'Q' => IntPacking.BigBytes, _ => IntPacking.None,
        };
    }

    public static StructFormat Parse(string fmt)
    {
        int pos = 0;
        char mode = '@';
        if (fmt.Length > 0 && fmt[0] is '@' or '=' or '<' or '>' or '!')
        {
            mode = fmt[0] == '!' ? '>' : fmt[0];
            pos = 1;
        }
        bool native = mode == '@';
        bool little = mode switch { '<' => true, '>' => false, _ => BitConverter.IsLittleEndian };
        var codes = new List<StructCode>();
        long size = 0;
        long items = 0;
        while (pos < fmt.Length)
        {
            char c = fmt[pos];
            if (char.IsWhiteSpace(c) && c < 128) { pos++; continue; }
            long num = 1;
            bool hasNum = false;
            if (c >= '0' && c <= '9')
            {
                num = 0;
                while (pos < fmt.Length && fmt[pos] >= '0' && fmt[pos] <= '9')
                {
                    if (num > (long.MaxValue - (fmt[pos] - '0')) / 10) throw StructModule.Error("total struct size too long");
                    num = num * 10 + (fmt[pos] - '0');
                    pos++;
                }
                if (pos >= fmt.Length) throw StructModule.Error("repeat count given without format specifier");
                c = fmt[pos];
                hasNum = true;
            }
            _ = hasNum;
            pos++;
            int itemSize = native ? NativeSize(c) : StandardSize(c);
            if (itemSize < 0) throw StructModule.Error("bad char in struct format");
            if (native)
            {
                // native alignment: each item starts at a multiple of its size
                int align = c is 's' or 'p' or 'x' or 'c' or 'b' or 'B' or '?' ? 1 : itemSize;
                size = (size + align - 1) / align * align;
            }
            if (c is 's' or 'p')
            {
                codes.Add(new StructCode(c, (int)num, 1, (int)size, IntPacking.None));
                size += num;
                items += 1;
            }
            else if (c == 'x')
            {
                size += num;
            }
            else
            {
                if (num > 0) codes.Add(new StructCode(c, itemSize, (int)num, (int)size, Packing(mode, c)));
                if (num > (int.MaxValue - size) / itemSize) throw StructModule.Error("total struct size too long");
                size += num * itemSize;
                items += num;
            }
            if (size > int.MaxValue) throw StructModule.Error("total struct size too long");
        }
        return new StructFormat(fmt, little, native, codes.ToArray(), (int)size, (int)items);
    }
}
