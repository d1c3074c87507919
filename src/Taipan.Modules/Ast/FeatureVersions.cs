using System.Text;
using Taipan.Compiler.Ast;
using Taipan.Compiler.Diagnostics;

namespace Taipan.Modules.Ast;

/// <summary>
/// ast.parse(..., feature_version=(3, N)): CPython's parser rejects syntax newer than 3.N with
/// "X is only supported in Python 3.M and greater". Taipan's parser knows one grammar, so the parsed
/// tree is checked afterwards, in source order, for the constructs CPython gates; the few that leave
/// no trace in the tree (parenthesized with items, `{x=}`, digit underscores) are read from the source.
/// Not gated: async/await as identifiers before 3.7.
/// </summary>
internal sealed class FeatureVersions : IAstFieldWalker
{
    public const int Current = 11;

    private readonly string[] _lines;
    private readonly string _filename;
    private readonly int _version;

    private FeatureVersions(string source, string filename, int version)
    {
        _lines = source.Split('\n');
        _filename = filename;
        _version = version;
    }

    public static void Check(Mod mod, string source, string filename, int version) =>
        new FeatureVersions(source, filename, version).Visit(mod);

    private void Require(int minor, string what, Node at)
    {
        if (_version >= minor) return;
        int line = Math.Max(at.Lineno, 1);
        int offset = CharIndex(line, at.ColOffset) + 1;
        throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, $"{what} only supported in Python 3.{minor} and greater",
            _filename, line, offset, line <= _lines.Length ? _lines[line - 1] + "\n" : null, line, offset);
    }

    /// <summary>The UTF-16 index in its line of a node's UTF-8 column.</summary>
    private int CharIndex(int line, int byteCol)
    {
        if (line < 1 || line > _lines.Length) return byteCol;
        var text = _lines[line - 1];
        int bytes = 0, i = 0;
        while (i < text.Length && bytes < byteCol)
        {
            bytes += char.IsSurrogate(text[i]) ? 2 : Encoding.UTF8.GetByteCount(text.AsSpan(i, 1));
            i++;
        }
        return i;
    }

    /// <summary>The source text of a node (single-line spans and multi-line ones alike).</summary>
    private string Segment(Node n)
    {
        if (n.Lineno < 1 || n.EndLineno > _lines.Length || n.EndLineno < n.Lineno) return "";
        int start = CharIndex(n.Lineno, n.ColOffset);
        int end = CharIndex(n.EndLineno, n.EndColOffset);
        if (n.Lineno == n.EndLineno)
            return end >= start ? _lines[n.Lineno - 1][start..Math.Min(end, _lines[n.Lineno - 1].Length)] : "";
        var sb = new StringBuilder(_lines[n.Lineno - 1][start..]);
        for (int l = n.Lineno; l < n.EndLineno - 1; l++) sb.Append('\n').Append(_lines[l]);
        var last = _lines[n.EndLineno - 1];
        sb.Append('\n').Append(last[..Math.Min(end, last.Length)]);
        return sb.ToString();
    }

    /// <summary>Post-order, as CPython raises these in the actions of grammar rules, which run when a rule
    /// (and so everything inside it) has been parsed.</summary>
    private void Visit(Node? n)
    {
        if (n is null) return;
        n.WalkFields(this);
        switch (n)
        {
            case AsyncFunctionDef: Require(5, "Async functions are", n); break;
            case AsyncFor: Require(5, "Async for loops are", n); break;
            case AsyncWith: Require(5, "Async with statements are", n); break; // 3.11 does not gate its parenthesized form
            case Await: Require(5, "Await expressions are", n); break;
            case BinOp { Op: OperatorKind.MatMult }:
            case AugAssign { Op: OperatorKind.MatMult }:
                Require(5, "The '@' operator is", n); break;
            case AnnAssign: Require(6, "Variable annotation syntax is", n); break;
            case JoinedStr j:
                Require(6, "Format strings are", n);
                if (_version < 8 && HasSelfDocumentingField(j)) Require(8, "f-string: self documenting expressions are", n);
                break;
            case ListComp or SetComp or DictComp or GeneratorExp when HasAsyncGenerator(n):
                Require(6, "Async comprehensions are", n); break;
            case Constant { Value: long or double or System.Numerics.BigInteger or System.Numerics.Complex } when _version < 6:
                if (Segment(n).Contains('_')) Require(6, "Underscores in numeric literals are", n);
                break;
            case NamedExpr: Require(8, "Assignment expressions are", n); break;
            case Arguments { Posonlyargs.Count: > 0 } a: Require(8, "Positional-only parameters are", a.Posonlyargs[0]); break;
            case With w when _version < 9 && IsParenthesized(w):
                Require(9, "Parenthesized context managers are", n); break;
            case Match: Require(10, "Pattern matching is", n); break;
            case TryStar: Require(11, "Exception groups are", n); break;
        }
    }

    private static bool HasAsyncGenerator(Node n)
    {
        var gens = n switch
        {
            ListComp c => c.Generators,
            SetComp c => c.Generators,
            DictComp c => c.Generators,
            GeneratorExp c => c.Generators,
            _ => null,
        };
        if (gens is null) return false;
        foreach (var g in gens)
            if (g.IsAsync != 0) return true;
        return false;
    }

    /// <summary>`with (a as b, c):` — the first item starts inside a parenthesis that the header opens
    /// (a parenthesized expression as the whole first item would start at the parenthesis itself).</summary>
    private bool IsParenthesized(With w)
    {
        if (w.Items.Count == 0 || w.Lineno < 1 || w.Lineno > _lines.Length) return false;
        var line = _lines[w.Lineno - 1];
        int i = CharIndex(w.Lineno, w.ColOffset) + 4;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t')) i++;
        if (i >= line.Length || line[i] != '(') return false;
        var first = w.Items[0].ContextExpr;
        return first.Lineno > w.Lineno || CharIndex(first.Lineno, first.ColOffset) > i;
    }

    /// <summary>`{x=}`: a replacement field whose expression is followed by '=' before '}', '!' or ':'.</summary>
    private bool HasSelfDocumentingField(JoinedStr j)
    {
        var text = Segment(j);
        for (int i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] != '=') continue;
            if (text[i - 1] is '=' or '!' or '<' or '>') continue;
            int k = i + 1;
            while (k < text.Length && text[k] == ' ') k++;
            if (k < text.Length && text[k] is '}' or '!' or ':') return true;
        }
        return false;
    }

    void IAstFieldWalker.Node(string name, Node? value, bool optional) => Visit(value);

    void IAstFieldWalker.NodeList<T>(string name, List<T> values)
    {
        foreach (var v in values) Visit(v);
    }

    void IAstFieldWalker.String(string name, string? value, bool optional) { }
    void IAstFieldWalker.StringList(string name, List<string> values) { }
    void IAstFieldWalker.Int(string name, int? value) { }
    void IAstFieldWalker.Enum(string name, string constructor) { }
    void IAstFieldWalker.EnumList<T>(string name, List<T> values) { }
    void IAstFieldWalker.Constant(string name, object? value) { }
}
