namespace Taipan.Compiler.Lexing;

/// <summary>
/// Token kinds, after CPython's Grammar/Tokens: every operator has its own kind so the
/// parser switches on one integer. Keywords arrive as <see cref="TokenKind.Name"/>;
/// the parser recognises hard and soft keywords by text.
/// </summary>
public enum TokenKind : byte
{
    EndMarker, Name, Number, String, Newline, Indent, Dedent,
    /// <summary>A NEWLINE that CPython's tokenizer reports as NL (blank line, comment line, inside brackets). Not given to the parser.</summary>
    NonLogicalNewline,
    Comment,
    LPar, RPar, LSqb, RSqb, Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper,
    Less, Greater, Equal, Dot, Percent, LBrace, RBrace, EqEqual, NotEqual, LessEqual,
    GreaterEqual, Tilde, Circumflex, LeftShift, RightShift, DoubleStar, PlusEqual,
    MinEqual, StarEqual, SlashEqual, PercentEqual, AmperEqual, VBarEqual, CircumflexEqual,
    LeftShiftEqual, RightShiftEqual, DoubleStarEqual, DoubleSlash, DoubleSlashEqual, At,
    AtEqual, RArrow, Ellipsis, ColonEqual,
    /// <summary>`!` alone is not a Python 3.11 token; kept so the tokenizer can report it.</summary>
    ErrorToken,
    /// <summary>A `# type: ...` comment (only with <see cref="Tokenizer.TypeComments"/>); its text is what follows the prefix.</summary>
    TypeComment,
}

/// <summary>
/// One token. Positions are CPython's: 1-based lines, 0-based columns counted in UTF-8
/// bytes of the line (what the AST reports); <see cref="Start"/>/<see cref="End"/> index
/// the decoded source text so the parser can slice it without re-encoding.
/// </summary>
public readonly record struct Token(
    TokenKind Kind,
    int Start, int End,
    int Line, int Col,
    int EndLine, int EndCol)
{
    public string Text(string source) => source.Substring(Start, End - Start);
}
