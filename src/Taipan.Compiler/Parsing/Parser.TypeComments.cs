using Taipan.Compiler.Ast;
using Taipan.Compiler.Lexing;

namespace Taipan.Compiler.Parsing;

/// <summary>
/// PEP 484 type comments (compile with PyCF_TYPE_COMMENTS): the tokenizer then yields TYPE_COMMENT
/// tokens, which the grammar accepts only after a def header, a for/with header, an assignment and a
/// parameter; anywhere else they are a syntax error, as in CPython. Without the flag no such token exists.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>The `# type: ignore` comments the tokenizer collected (null without PyCF_TYPE_COMMENTS).</summary>
    internal List<(int Line, string Tag)>? TypeIgnores;

    /// <summary>[TYPE_COMMENT]</summary>
    private string? OptionalTypeComment()
    {
        if (Kind != TokenKind.TypeComment) return null;
        var text = _t[_p].Text(_src);
        Advance();
        return text;
    }

    /// <summary>func_type_comment: NEWLINE TYPE_COMMENT &amp;(NEWLINE INDENT) | TYPE_COMMENT, and
    /// invalid_double_type_comments.</summary>
    private string? FuncTypeComment()
    {
        if (Kind == TokenKind.TypeComment)
        {
            if (KindAt(1) == TokenKind.Newline && KindAt(2) == TokenKind.TypeComment
                && KindAt(3) == TokenKind.Newline && KindAt(4) == TokenKind.Indent)
                throw ErrorAtToken(_p, "Cannot have two type comments on def");
            return OptionalTypeComment();
        }
        if (Kind == TokenKind.Newline && KindAt(1) == TokenKind.TypeComment
            && KindAt(2) == TokenKind.Newline && KindAt(3) == TokenKind.Indent)
        {
            Advance();
            return OptionalTypeComment();
        }
        return null;
    }

    /// <summary>A parameter's comment: after its comma, or before the closing parenthesis.</summary>
    private void ParamTypeComment(Arg? last, bool afterComma, TokenKind close)
    {
        if (last is null || close != TokenKind.RPar || Kind != TokenKind.TypeComment) return;
        if (!afterComma && KindAt(1) != close) return;
        last.TypeComment = OptionalTypeComment();
    }
}
