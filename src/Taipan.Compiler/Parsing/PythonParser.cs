using Taipan.Compiler.Ast;

namespace Taipan.Compiler.Parsing;

/// <summary>The front end's entry points: source text or file bytes to CPython-shaped ASTs. Errors are <see cref="Diagnostics.PythonSyntaxError"/>.</summary>
public static class PythonParser
{
    /// <summary>mode 'exec'.</summary>
    public static Module ParseModule(string source, string filename)
    {
        if (source.IndexOf('\r') >= 0) source = source.Replace("\r\n", "\n").Replace('\r', '\n');
        var tokens = ParserTokenizer.Tokenize(source, filename, out var err);
        return new Parser(source, filename, tokens, err).ParseFileInput();
    }

    /// <summary>mode 'exec' from the bytes of a file (PEP 263 decoding).</summary>
    public static Module ParseFile(byte[] bytes, string filename) =>
        ParseModule(SourceReader.Decode(bytes, filename), filename);

    /// <summary>mode 'eval'.</summary>
    public static Expression ParseExpression(string source, string filename)
    {
        if (source.IndexOf('\r') >= 0) source = source.Replace("\r\n", "\n").Replace('\r', '\n');
        var tokens = ParserTokenizer.Tokenize(source, filename, out var err);
        return new Parser(source, filename, tokens, err).ParseEvalInput();
    }

    /// <summary>mode 'single'.</summary>
    public static Interactive ParseInteractive(string source, string filename)
    {
        if (source.IndexOf('\r') >= 0) source = source.Replace("\r\n", "\n").Replace('\r', '\n');
        var tokens = ParserTokenizer.Tokenize(source, filename, out var err);
        return new Parser(source, filename, tokens, err).ParseSingleInput();
    }
}
