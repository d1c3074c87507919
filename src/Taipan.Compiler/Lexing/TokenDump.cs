using System.Text;
using Taipan.Compiler.Diagnostics;

namespace Taipan.Compiler.Lexing;

/// <summary>
/// `taipan -X dump-tokens FILE...`: every token (NL and comments included) one per line as
/// <c>KIND line col endline endcol "text"</c>, columns in UTF-8 bytes; a syntax error as
/// <c>ERROR Kind line offset endline endoffset "msg"</c>. tools/check_tokenize.py reads it.
/// </summary>
public static class TokenDump
{
    public static int Run(string[] files)
    {
        if (files.Length > 0 && files[0] == "--bench") return Bench(files[1..]);
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        int rc = 0;
        bool many = files.Length > 1;
        foreach (string file in files)
        {
            if (many) stdout.Write("# FILE " + file + "\n");
            try
            {
                var bytes = File.ReadAllBytes(file);
                string text = SourceDecoder.Decode(bytes, file, fileMode: true, out bool declared);
                var tok = new Tokenizer(text, file, emitNonLogical: true, sourceWasBytes: !declared);
                string src = tok.Source;
                while (true)
                {
                    Token t = tok.Next();
                    stdout.Write(t.Kind.ToString());
                    stdout.Write(' ');
                    stdout.Write($"{t.Line} {t.Col} {t.EndLine} {t.EndCol} ");
                    WriteQuoted(stdout, src, t.Start, t.End - t.Start);
                    stdout.Write('\n');
                    if (t.Kind == TokenKind.EndMarker) break;
                }
            }
            catch (PythonSyntaxError e)
            {
                stdout.Write($"ERROR {e.Kind} {e.Lineno} {e.Offset} {e.EndLineno} {e.EndOffset} ");
                WriteQuoted(stdout, e.Msg, 0, e.Msg.Length);
                stdout.Write('\n');
                rc = 1;
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"taipan: can't open file '{file}': {e.Message}");
                rc = 2;
            }
        }
        stdout.Flush();
        return rc;
    }

    /// <summary>`-X dump-tokens --bench FILE...`: tokenizer throughput on decoded text (best of 5 rounds).</summary>
    private static int Bench(string[] files)
    {
        var texts = new List<string>();
        long chars = 0;
        foreach (string f in files)
        {
            try
            {
                string t = SourceDecoder.Decode(File.ReadAllBytes(f), f);
                texts.Add(t);
                chars += t.Length;
            }
            catch (PythonSyntaxError) { }
        }
        double best = double.MaxValue;
        long tokens = 0, errors = 0;
        for (int round = 0; round < 5; round++)
        {
            tokens = 0; errors = 0;
            long alloc0 = GC.GetAllocatedBytesForCurrentThread();
            var sw = System.Diagnostics.Stopwatch.StartNew();
            foreach (string t in texts)
            {
                try
                {
                    var tok = new Tokenizer(t, "bench.py");
                    while (tok.Next().Kind != TokenKind.EndMarker) tokens++;
                }
                catch (PythonSyntaxError) { errors++; }
            }
            sw.Stop();
            long alloc = GC.GetAllocatedBytesForCurrentThread() - alloc0;
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
            Console.WriteLine($"round {round}: {sw.Elapsed.TotalMilliseconds:F1} ms, {tokens} tokens, {alloc / 1e6:F1} MB allocated");
        }
        Console.WriteLine($"{texts.Count} files, {chars / 1e6:F1} M chars, {tokens} tokens, {errors} errors; best {best * 1000:F1} ms = {tokens / best / 1e6:F1} M tokens/s, {chars / best / 1e6:F1} M chars/s");
        return 0;
    }

    private static void WriteQuoted(TextWriter w, string s, int start, int length)
    {
        w.Write('"');
        for (int i = start; i < start + length; i++)
        {
            char c = s[i];
            switch (c)
            {
                case '"': w.Write("\\\""); break;
                case '\\': w.Write("\\\\"); break;
                case '\n': w.Write("\\n"); break;
                case '\r': w.Write("\\r"); break;
                case '\t': w.Write("\\t"); break;
                default:
                    if (c < ' ' || c == 0x7f || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                        w.Write($"\\u{(int)c:x4}");
                    else w.Write(c);
                    break;
            }
        }
        w.Write('"');
    }
}
