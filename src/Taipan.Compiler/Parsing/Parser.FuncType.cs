using Taipan.Compiler.Ast;
using Taipan.Compiler.Lexing;

namespace Taipan.Compiler.Parsing;

internal sealed partial class Parser
{
    /// <summary>
    /// mode 'func_type' (PEP 484 signature comments): `(type, *type, **type) -> type`. As in CPython's
    /// grammar the stars only mark where the argument types go; the tree keeps the bare expressions.
    /// </summary>
    public FunctionType ParseFuncTypeInput()
    {
        try
        {
            _p = 0; _max = 0;
            if (IsTokErrorMarker(0)) throw TokenizerError();
            var ft = new FunctionType();
            Expect(TokenKind.LPar);
            bool sawDoubleStar = false;
            while (Kind != TokenKind.RPar && !sawDoubleStar)
            {
                if (Accept(TokenKind.DoubleStar)) sawDoubleStar = true;
                else Accept(TokenKind.Star);
                ft.Argtypes.Add(Expression());
                if (!Accept(TokenKind.Comma)) break;
            }
            Expect(TokenKind.RPar);
            Expect(TokenKind.RArrow);
            ft.Returns = Expression();
            while (Kind == TokenKind.Newline) Advance();
            if (Kind != TokenKind.EndMarker) throw ParseFailed.Instance;
            return ft;
        }
        catch (ParseFailed)
        {
            throw BuildError(mode: 1);
        }
    }
}
