using System.Buffers.Binary;
using Taipan.Compiler.Bytecode;

namespace Taipan.Runtime.Objects;

/// <summary>
/// How marshal writes a Taipan code object: the type byte <see cref="TypeCode"/> ('C'; CPython's code
/// objects are 'c', which Taipan cannot read), the blob's length as int32, then
/// <see cref="CodeSerializer"/>'s blob (which carries the compiler build's stamp).
/// </summary>
internal static class CodeMarshal
{
    public const byte TypeCode = (byte)'C';

    public static byte[] Dump(CodeObject code)
    {
        var blob = CodeSerializer.Serialize(code);
        var data = new byte[5 + blob.Length];
        data[0] = TypeCode;
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(1), blob.Length);
        blob.CopyTo(data, 5);
        return data;
    }

    /// <summary>Reads the blob that follows the type byte at <paramref name="pos"/>.</summary>
    public static PyCode Load(ReadOnlySpan<byte> data, ref int pos)
    {
        if (data.Length - pos < 4) throw PyErrors.New(PyTypes.EOFError, "marshal data too short");
        int len = BinaryPrimitives.ReadInt32LittleEndian(data[pos..]);
        if (len < 0 || len > data.Length - pos - 4) throw PyErrors.New(PyTypes.EOFError, "marshal data too short");
        CodeObject? code;
        try { code = CodeSerializer.Deserialize(data.Slice(pos + 4, len)); }
        catch (InvalidDataException) { throw PyErrors.ValueError("bad marshal data (invalid code object)"); }
        if (code is null) throw PyErrors.ValueError("bad marshal data (code object from another Taipan build)");
        pos += 4 + len;
        return new PyCode(code);
    }
}
