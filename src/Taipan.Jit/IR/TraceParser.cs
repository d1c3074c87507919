using System.Globalization;

namespace Taipan.Jit.IR;

/// <summary>Reads the textual form written by <see cref="TracePrinter"/> (virtuals in resume lists excepted).</summary>
public static class TraceParser
{
    public static Trace Parse(string text, DescrRegistry? reg = null)
    {
        reg ??= new DescrRegistry();
        var env = new Dictionary<string, Value>();
        InputArg[]? inputs = null;
        var ops = new List<Op>();
        int lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim();
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash].Trim();
            if (line.Length == 0) continue;
            try
            {
                if (inputs == null)
                {
                    if (line[0] != '[' || line[^1] != ']') throw new FormatException("a trace starts with its inputs: [i0, p1]");
                    var names = SplitArgs(line[1..^1]);
                    inputs = new InputArg[names.Count];
                    for (int i = 0; i < names.Count; i++)
                    {
                        inputs[i] = new InputArg(KindOfName(names[i])) { Name = names[i] };
                        env[names[i]] = inputs[i];
                    }
                    continue;
                }
                ops.Add(ParseOp(line, env, reg));
            }
            catch (FormatException e)
            {
                throw new FormatException($"line {lineNo}: {e.Message}: {line}");
            }
        }
        return new Trace(inputs ?? throw new FormatException("empty trace"), ops);
    }

    static Op ParseOp(string line, Dictionary<string, Value> env, DescrRegistry reg)
    {
        string? result = null;
        int eq = line.IndexOf('=');
        int paren = line.IndexOf('(');
        if (eq > 0 && eq < paren)
        {
            result = line[..eq].Trim();
            line = line[(eq + 1)..].Trim();
            paren = line.IndexOf('(');
        }
        if (paren < 0) throw new FormatException("expected '('");
        var name = line[..paren].Trim();
        if (!OpTable.TryParse(name, out var code)) throw new FormatException($"unknown op {name}");
        int close = MatchParen(line, paren);
        var args = new List<Value>();
        Descr? descr = null;
        foreach (var a in SplitArgs(line[(paren + 1)..close]))
        {
            if (a.StartsWith("descr=", StringComparison.Ordinal)) descr = reg.Lookup(a[6..]);
            else if (code == OpCode.Label && !env.ContainsKey(a) && char.IsLetter(a[0]) && a != "null")
                args.Add(env[a] = new InputArg(KindOfName(a)) { Name = a }); // a later label defines its arguments
            else args.Add(ParseValue(a, env, reg));
        }
        var op = new Op(code, args.ToArray(), descr);
        var rest = line[(close + 1)..].Trim();
        if (rest.Length > 0)
        {
            if (rest[0] != '[' || rest[^1] != ']') throw new FormatException("expected resume list [..]");
            var rs = SplitArgs(rest[1..^1]);
            op.Resume = new Value[rs.Count];
            for (int i = 0; i < rs.Count; i++) op.Resume[i] = ParseValue(rs[i], env, reg);
        }
        else if (op.IsGuard) op.Resume = Array.Empty<Value>();
        if (result != null)
        {
            if (op.Kind == Kind.Void) throw new FormatException($"{name} has no result");
            op.Name = result;
            env[result] = op;
        }
        return op;
    }

    static int MatchParen(string s, int open)
    {
        int depth = 0;
        for (int i = open; i < s.Length; i++)
        {
            if (s[i] == '(') depth++;
            else if (s[i] == ')' && --depth == 0) return i;
        }
        throw new FormatException("unbalanced parentheses");
    }

    static Value ParseValue(string a, Dictionary<string, Value> env, DescrRegistry reg)
    {
        if (a == "null") return Const.Null;
        if (a.StartsWith("ConstPtr(", StringComparison.Ordinal)) return Const.Ref(reg.LookupConst(a[9..^1]));
        if (a.Length > 0 && (char.IsDigit(a[0]) || a[0] == '-'))
        {
            if (long.TryParse(a, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return Const.Int(l);
            if (double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return Const.Float(d);
        }
        if (a is "inf" or "nan" or "-inf") return Const.Float(double.Parse(a.Replace("inf", "Infinity").Replace("nan", "NaN"), CultureInfo.InvariantCulture));
        return env.TryGetValue(a, out var v) ? v : throw new FormatException($"undefined value {a}");
    }

    static Kind KindOfName(string n) => n[0] switch
    {
        'i' => Kind.Int,
        'f' => Kind.Float,
        'p' => Kind.Ref,
        _ => throw new FormatException($"value names start with i, f or p: {n}"),
    };

    static List<string> SplitArgs(string s)
    {
        var list = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '(' || c == '<') depth++;
            else if (c == ')' || c == '>') depth--;
            else if (c == ',' && depth == 0) { Add(s[start..i]); start = i + 1; }
        }
        Add(s[start..]);
        return list;

        void Add(string part) { part = part.Trim(); if (part.Length > 0) list.Add(part); }
    }
}
