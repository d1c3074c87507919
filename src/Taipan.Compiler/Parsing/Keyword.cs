namespace Taipan.Compiler.Parsing;

/// <summary>Hard and soft keywords, resolved once per NAME token so the parser compares bytes, not strings.</summary>
internal enum Kw : byte
{
    None,
    False, NoneKw, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
    Return, Try, While, With, Yield,
    // soft keywords (still valid names)
    Match, Case, Underscore,
}

internal static class Keywords
{
    public static Kw Classify(ReadOnlySpan<char> s) => s switch
    {
        "False" => Kw.False,
        "None" => Kw.NoneKw,
        "True" => Kw.True,
        "and" => Kw.And,
        "as" => Kw.As,
        "assert" => Kw.Assert,
        "async" => Kw.Async,
        "await" => Kw.Await,
        "break" => Kw.Break,
        "class" => Kw.Class,
        "continue" => Kw.Continue,
        "def" => Kw.Def,
        "del" => Kw.Del,
        "elif" => Kw.Elif,
        "else" => Kw.Else,
        "except" => Kw.Except,
        "finally" => Kw.Finally,
        "for" => Kw.For,
        "from" => Kw.From,
        "global" => Kw.Global,
        "if" => Kw.If,
        "import" => Kw.Import,
        "in" => Kw.In,
        "is" => Kw.Is,
        "lambda" => Kw.Lambda,
        "nonlocal" => Kw.Nonlocal,
        "not" => Kw.Not,
        "or" => Kw.Or,
        "pass" => Kw.Pass,
        "raise" => Kw.Raise,
        "return" => Kw.Return,
        "try" => Kw.Try,
        "while" => Kw.While,
        "with" => Kw.With,
        "yield" => Kw.Yield,
        "match" => Kw.Match,
        "case" => Kw.Case,
        "_" => Kw.Underscore,
        _ => Kw.None,
    };

    public static bool IsHard(Kw k) => k != Kw.None && k < Kw.Match;
}
