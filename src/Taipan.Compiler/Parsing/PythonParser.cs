using Taipan.Compiler.Ast;
using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Lexing;

namespace Taipan.Compiler.Parsing;

/// <summary>The front end's entry points: source text or file bytes to CPython-shaped ASTs. Errors are <see cref="PythonSyntaxError"/>.</summary>
public static class PythonParser
{
    /// <summary>mode 'exec'.</summary>
    public static Module ParseModule(string source, string filename, bool typeComments = false) =>
        Create(source, filename, byteOffsets: false, typeComments).ParseFileInput();

    /// <summary>mode 'exec' from the bytes of a file, as `python3.11 FILE` reads it (PEP 263 decoding).</summary>
    public static Module ParseFile(byte[] bytes, string filename)
    {
        string source = SourceDecoder.Decode(bytes, filename);
        // Without a declared encoding (BOM or cookie) CPython's parser reports columns in bytes.
        var parser = Create(source, filename, byteOffsets: !HasDeclaredEncoding(bytes));
        parser.FileMode = true;
        return parser.ParseFileInput();
    }

    /// <summary>mode 'eval'.</summary>
    public static Expression ParseExpression(string source, string filename, bool typeComments = false) =>
        Create(source, filename, byteOffsets: false, typeComments, stringMode: true).ParseEvalInput();

    /// <summary>mode 'single'.</summary>
    public static Interactive ParseInteractive(string source, string filename, bool typeComments = false) =>
        Create(source, filename, byteOffsets: false, typeComments, stringMode: true).ParseSingleInput();

    /// <summary>mode 'func_type' (only for the ast module).</summary>
    public static FunctionType ParseFuncType(string source, string filename, bool typeComments = false) =>
        Create(source, filename, byteOffsets: false, typeComments).ParseFuncTypeInput();

    private static bool HasDeclaredEncoding(byte[] bytes)
    {
        ReadOnlySpan<byte> data = bytes;
        if (data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) return true;
        return SourceDecoder.FindCookie(data, out _) != null;
    }

    /// <param name="stringMode">'eval' or 'single' input, to which CPython adds no final newline.</param>
    internal static Parser Create(string source, string filename, bool byteOffsets, bool typeComments = false, bool stringMode = false)
    {
        var tz = new Tokenizer(source, filename, emitNonLogical: false, sourceWasBytes: byteOffsets) { TypeComments = typeComments };
        var tokens = Tokenize(tz, out var err, out bool status);
        bool added = source.Length > 0 && source[^1] is not ('\n' or '\r') && tz.Source.EndsWith('\n');
        return new Parser(tz.Source, filename, tokens, err)
        {
            ByteOffsets = byteOffsets, TokErrorIsStatus = status, TypeIgnores = typeComments ? tz.TypeIgnores : null,
            UnterminatedLength = stringMode && added ? tz.Source.Length - 1 : -1,
        };
    }

    /// <summary>
    /// The whole token stream up front, so the parser backtracks by index. A tokenizer error
    /// ends the list with an error marker; the parser raises it only if it gets that far, as
    /// CPython's lazy tokenizer would.
    /// </summary>
    internal static List<Token> Tokenize(Tokenizer tz, out PythonSyntaxError? error, out bool errorIsStatus)
    {
        var tokens = new List<Token>(tz.Source.Length / 4 + 16);
        error = null;
        errorIsStatus = false;
        try
        {
            while (true)
            {
                var t = tz.Next();
                tokens.Add(t);
                if (t.Kind == TokenKind.EndMarker) break;
            }
        }
        catch (PythonSyntaxError e)
        {
            error = e;
            errorIsStatus = tz.LastErrorIsStatus;
            int n = tz.Source.Length;
            int line = Math.Max(1, tz.LineCount);
            tokens.Add(new Token(TokenKind.ErrorToken, n, n, line, 0, line, 0));
        }
        return tokens;
    }
}
