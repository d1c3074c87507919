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
            // type_expressions: plain types, then at most one *type, then at most one **type; no trailing comma.
            int stage = 0; // 0: plain, 1: after *type, 2: after **type
            while (Kind != TokenKind.RPar)
            {
                if (ft.Argtypes.Count > 0) Expect(TokenKind.Comma);
                if (Accept(TokenKind.Star))
                {
                    if (stage > 0) throw ParseFailed.Instance;
                    stage = 1;
                }
                else if (Accept(TokenKind.DoubleStar))
                {
                    if (stage > 1) throw ParseFailed.Instance;
                    stage = 2;
                }
                else if (stage > 0) throw ParseFailed.Instance;
                ft.Argtypes.Add(Expression());
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
