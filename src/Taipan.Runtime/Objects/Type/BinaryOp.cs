namespace Taipan.Runtime.Objects;

/// <summary>The binary operators, in the order of CPython's NB_* opargs (BINARY_OP 3.11).</summary>
internal enum BinaryOp
{
    Add = 0, And = 1, FloorDivide = 2, LShift = 3, MatrixMultiply = 4, Multiply = 5,
    Remainder = 6, Or = 7, Power = 8, RShift = 9, Subtract = 10, TrueDivide = 11, Xor = 12,
}

internal static class BinaryOpNames
{
    private static readonly string[] Symbols =
        { "+", "&", "//", "<<", "@", "*", "%", "|", "** or pow()", ">>", "-", "/", "^" };

    private static readonly string[] InplaceSymbols =
        { "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=" };

    public static string Symbol(BinaryOp op) => Symbols[(int)op];
    public static string InplaceSymbol(BinaryOp op) => InplaceSymbols[(int)op];
}
