namespace Taipan.Compiler.Ast;

/// <summary>
/// How a Python constant is held in <see cref="Constant.Value"/> and in code objects'
/// constant tables, before the runtime exists to own real Python objects:
/// None → <see cref="NoneConstant.Instance"/>, Ellipsis → <see cref="EllipsisConstant.Instance"/>,
/// bool → <c>bool</c>, int → <c>long</c> when it fits, else <c>System.Numerics.BigInteger</c>,
/// float → <c>double</c>, imaginary literal → <c>System.Numerics.Complex</c>,
/// str → <c>string</c> (UTF-16; an astral character is a surrogate pair), bytes → <c>byte[]</c>.
/// A str with a surrogate code point (only escapes make one: <c>"\ud800"</c>) is a
/// <see cref="SurrogateStr"/> instead, because UTF-16 cannot tell the two code points of
/// <c>"\ud800\udc00"</c> from the one of <c>"\U00010000"</c>. Only that rare case pays for
/// code points; every other str stays a plain <c>string</c>, which the rest of the compiler
/// (names, docstrings, folding) handles directly.
/// </summary>
public sealed class NoneConstant
{
    public static readonly NoneConstant Instance = new();
    private NoneConstant() { }
    public override string ToString() => "None";
}

/// <summary>The <c>...</c> constant.</summary>
public sealed class EllipsisConstant
{
    public static readonly EllipsisConstant Instance = new();
    private EllipsisConstant() { }
    public override string ToString() => "Ellipsis";
}
