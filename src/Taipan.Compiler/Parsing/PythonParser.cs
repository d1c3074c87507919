using Taipan.Compiler.Ast;

namespace Taipan.Compiler.Parsing;

/// <summary>The front end's entry points: source text or file bytes to CPython-shaped ASTs. Errors are <see cref="Diagnostics.PythonSyntaxError"/>.</summary>
public static class PythonParser
{
    /// <summary>mode 'exec'.</summary>
    public static Module ParseModule(string source, string filename)
    {
        if (source.IndexOf('\r') >= 0) source = source.Replace("\r\n", "\n").Replace('\r', '\n');
        var tokens = ParserTokenizer.Tokenize(source, filename, out var err, out bool errAtEof);
        return new Parser(source, filename, tokens, err) { TokErrorAtEof = errAtEof }.ParseFileInput();
    }

    /// <summary>mode 'exec' from the bytes of a file (PEP 263 decoding).</summary>
    public static Module ParseFile(byte[] bytes, string filename)
    {
        string source = SourceReader.Decode(bytes, filename, out bool declared);
        var tokens = ParserTokenizer.Tokenize(source, filename, out var err, out bool errAtEof);
        // Without a declared encoding CPython's parser reports columns in bytes.
        return new Parser(source, filename, tokens, err) { ByteOffsets = !declared, TokErrorAtEof = errAtEof }.ParseFileInput();
    }

    /// <summary>mode 'eval'.</summary>
    public static Expression ParseExpression(string source, string filename)
    {
        if (source.IndexOf('\r') >= 0) source = source.Replace("\r\n", "\n").Replace('\r', '\n');
        var tokens = ParserTokenizer.Tokenize(source, filename, out var err, out bool errAtEof);
        return new Parser(source, filename, tokens, err) { TokErrorAtEof = errAtEof }.ParseEvalInput();
    }

    /// <summary>mode 'single'.</summary>
    public static Interactive ParseInteractive(string source, string filename)
    {
        if (source.IndexOf('\r') >= 0) source = source.Replace("\r\n", "\n").Replace('\r', '\n');
        var tokens = ParserTokenizer.Tokenize(source, filename, out var err, out bool errAtEof);
        return new Parser(source, filename, tokens, err) { TokErrorAtEof = errAtEof }.ParseSingleInput();
    }
}
