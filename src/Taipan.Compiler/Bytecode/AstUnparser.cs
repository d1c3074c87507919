using System.Text;
using Taipan.Compiler.Ast;
using Attribute = Taipan.Compiler.Ast.Attribute;
using Tuple = Taipan.Compiler.Ast.Tuple;

namespace Taipan.Compiler.Bytecode;

/// <summary>
/// Turns an annotation expression back into source text, as CPython's compiler does for
/// <c>from __future__ import annotations</c> (ast_unparse.c: minimal parentheses by
/// precedence, constants by repr, infinities as 1e309).
/// </summary>
public static class AstUnparser
{
    private const int PrTuple = 0, PrTest = 1, PrOr = 2, PrAnd = 3, PrNot = 4, PrCmp = 5, PrExpr = 6,
        PrBor = 6, PrBxor = 7, PrBand = 8, PrShift = 9, PrArith = 10, PrTerm = 11, PrFactor = 12,
        PrPower = 13, PrAwait = 14, PrAtom = 15;

    public static string Unparse(Expr e)
    {
        var sb = new StringBuilder();
        Append(sb, e, PrTest);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Expr e, int level)
    {
        switch (e)
        {
            case BoolOp b:
            {
                int pr = b.Op == BoolOpKind.And ? PrAnd : PrOr;
                if (level > pr) sb.Append('(');
                for (int i = 0; i < b.Values.Count; i++)
                {
                    if (i > 0) sb.Append(b.Op == BoolOpKind.And ? " and " : " or ");
                    Append(sb, b.Values[i], pr + 1);
                }
                if (level > pr) sb.Append(')');
                break;
            }
            case BinOp b:
            {
                var (op, pr) = b.Op switch
                {
                    OperatorKind.Add => (" + ", PrArith),
                    OperatorKind.Sub => (" - ", PrArith),
                    OperatorKind.Mult => (" * ", PrTerm),
                    OperatorKind.MatMult => (" @ ", PrTerm),
                    OperatorKind.Div => (" / ", PrTerm),
                    OperatorKind.Mod => (" % ", PrTerm),
                    OperatorKind.FloorDiv => (" // ", PrTerm),
                    OperatorKind.LShift => (" << ", PrShift),
                    OperatorKind.RShift => (" >> ", PrShift),
                    OperatorKind.BitOr => (" | ", PrBor),
                    OperatorKind.BitXor => (" ^ ", PrBxor),
                    OperatorKind.BitAnd => (" & ", PrBand),
                    _ => (" ** ", PrPower),
                };
                int rassoc = b.Op == OperatorKind.Pow ? 1 : 0;
                if (level > pr) sb.Append('(');
                Append(sb, b.Left, pr + rassoc);
                sb.Append(op);
                Append(sb, b.Right, pr + 1 - rassoc);
                if (level > pr) sb.Append(')');
                break;
            }
            case UnaryOp u:
            {
                var (op, pr) = u.Op switch
                {
                    UnaryOpKind.Invert => ("~", PrFactor),
                    UnaryOpKind.Not => ("not ", PrNot),
                    UnaryOpKind.UAdd => ("+", PrFactor),
                    _ => ("-", PrFactor),
                };
                if (level > pr) sb.Append('(');
                sb.Append(op);
                Append(sb, u.Operand, pr);
                if (level > pr) sb.Append(')');
                break;
            }
            case Lambda l:
            {
                if (level > PrTest) sb.Append('(');
                bool hasArgs = l.Args.Posonlyargs.Count + l.Args.Args.Count + l.Args.Kwonlyargs.Count > 0
                    || l.Args.Vararg is not null || l.Args.Kwarg is not null;
                sb.Append(hasArgs ? "lambda " : "lambda");
                AppendArgs(sb, l.Args);
                sb.Append(": ");
                Append(sb, l.Body, PrTest);
                if (level > PrTest) sb.Append(')');
                break;
            }
            case IfExp i:
                if (level > PrTest) sb.Append('(');
                Append(sb, i.Body, PrTest + 1);
                sb.Append(" if ");
                Append(sb, i.Test, PrTest + 1);
                sb.Append(" else ");
                Append(sb, i.Orelse, PrTest);
                if (level > PrTest) sb.Append(')');
                break;
            case Dict d:
                sb.Append('{');
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    if (d.Keys[i] is { } k)
                    {
                        Append(sb, k, PrTest);
                        sb.Append(": ");
                        Append(sb, d.Values[i], PrTest);
                    }
                    else
                    {
                        sb.Append("**");
                        Append(sb, d.Values[i], PrExpr);
                    }
                }
                sb.Append('}');
                break;
            case Set s:
                if (s.Elts.Count == 0) { sb.Append("{*()}"); break; }
                sb.Append('{');
                AppendList(sb, s.Elts);
                sb.Append('}');
                break;
            case ListComp lc:
                sb.Append('['); Append(sb, lc.Elt, PrTest); AppendComps(sb, lc.Generators); sb.Append(']');
                break;
            case SetComp sc:
                sb.Append('{'); Append(sb, sc.Elt, PrTest); AppendComps(sb, sc.Generators); sb.Append('}');
                break;
            case DictComp dc:
                sb.Append('{'); Append(sb, dc.Key, PrTest); sb.Append(": "); Append(sb, dc.Value, PrTest);
                AppendComps(sb, dc.Generators); sb.Append('}');
                break;
            case GeneratorExp g:
                sb.Append('('); Append(sb, g.Elt, PrTest); AppendComps(sb, g.Generators); sb.Append(')');
                break;
            case Await a:
                if (level > PrAwait) sb.Append('(');
                sb.Append("await ");
                Append(sb, a.Value, PrAtom);
                if (level > PrAwait) sb.Append(')');
                break;
            case Yield y:
                if (y.Value is null) { sb.Append("(yield)"); break; }
                sb.Append("(yield ");
                Append(sb, y.Value, PrTest);
                sb.Append(')');
                break;
            case YieldFrom yf:
                sb.Append("(yield from ");
                Append(sb, yf.Value, PrTest);
                sb.Append(')');
                break;
            case Compare c:
                if (level > PrCmp) sb.Append('(');
                Append(sb, c.Left, PrCmp + 1);
                for (int i = 0; i < c.Ops.Count; i++)
                {
                    sb.Append(c.Ops[i] switch
                    {
                        CmpOpKind.Eq => " == ", CmpOpKind.NotEq => " != ", CmpOpKind.Lt => " < ", CmpOpKind.LtE => " <= ",
                        CmpOpKind.Gt => " > ", CmpOpKind.GtE => " >= ", CmpOpKind.Is => " is ", CmpOpKind.IsNot => " is not ",
                        CmpOpKind.In => " in ", _ => " not in ",
                    });
                    Append(sb, c.Comparators[i], PrCmp + 1);
                }
                if (level > PrCmp) sb.Append(')');
                break;
            case Call call:
            {
                Append(sb, call.Func, PrAtom);
                if (call.Args.Count == 1 && call.Keywords.Count == 0 && call.Args[0] is GeneratorExp ge)
                {
                    Append(sb, ge, PrTest);
                    break;
                }
                sb.Append('(');
                bool first = true;
                foreach (var a in call.Args)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    Append(sb, a, PrTest);
                }
                foreach (var k in call.Keywords)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    if (k.Arg is null) sb.Append("**");
                    else sb.Append(k.Arg).Append('=');
                    Append(sb, k.Value, PrTest);
                }
                sb.Append(')');
                break;
            }
            case Constant k:
                AppendConstant(sb, k);
                break;
            case JoinedStr js:
            {
                var body = new StrConstantBuilder();
                AppendFStringBody(body, js.Values);
                sb.Append('f').Append(ConstantRepr.Repr(body.ToValue()));
                break;
            }
            case FormattedValue fv:
            {
                var body = new StrConstantBuilder();
                AppendFormattedValue(body, fv);
                sb.Append('f').Append(ConstantRepr.Repr(body.ToValue()));
                break;
            }
            case Attribute a:
                Append(sb, a.Value, PrAtom);
                sb.Append(a.Value is Constant { Value: long or System.Numerics.BigInteger } ? " ." : ".");
                sb.Append(a.Attr);
                break;
            case Subscript s:
                Append(sb, s.Value, PrAtom);
                sb.Append('[');
                Append(sb, s.Slice, PrTuple);
                sb.Append(']');
                break;
            case Starred st:
                sb.Append('*');
                Append(sb, st.Value, PrExpr);
                break;
            case Name n:
                sb.Append(n.Id);
                break;
            case List l:
                sb.Append('[');
                AppendList(sb, l.Elts);
                sb.Append(']');
                break;
            case Tuple t:
                if (t.Elts.Count == 0) { sb.Append("()"); break; }
                if (level > PrTuple) sb.Append('(');
                AppendList(sb, t.Elts);
                if (t.Elts.Count == 1) sb.Append(',');
                if (level > PrTuple) sb.Append(')');
                break;
            case Slice sl:
                if (sl.Lower is not null) Append(sb, sl.Lower, PrTest);
                sb.Append(':');
                if (sl.Upper is not null) Append(sb, sl.Upper, PrTest);
                if (sl.Step is not null) { sb.Append(':'); Append(sb, sl.Step, PrTest); }
                break;
            case NamedExpr ne:
                if (level > PrTuple) sb.Append('(');
                Append(sb, ne.Target, PrAtom);
                sb.Append(" := ");
                Append(sb, ne.Value, PrAtom);
                if (level > PrTuple) sb.Append(')');
                break;
            default:
                throw new InvalidOperationException("SystemError: cannot unparse " + e.PythonName);
        }
    }

    private static void AppendList(StringBuilder sb, List<Expr> elts)
    {
        for (int i = 0; i < elts.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Append(sb, elts[i], PrTest);
        }
    }

    private static void AppendComps(StringBuilder sb, List<Comprehension> gens)
    {
        foreach (var g in gens)
        {
            sb.Append(g.IsAsync != 0 ? " async for " : " for ");
            Append(sb, g.Target, PrTuple);
            sb.Append(" in ");
            Append(sb, g.Iter, PrTest + 1);
            foreach (var c in g.Ifs)
            {
                sb.Append(" if ");
                Append(sb, c, PrTest + 1);
            }
        }
    }

    private static void AppendArgs(StringBuilder sb, Arguments a)
    {
        bool first = true;
        void Sep() { if (!first) sb.Append(", "); first = false; }
        int npos = a.Posonlyargs.Count + a.Args.Count;
        int defaultsStart = npos - a.Defaults.Count;
        for (int i = 0; i < npos; i++)
        {
            Sep();
            var p = i < a.Posonlyargs.Count ? a.Posonlyargs[i] : a.Args[i - a.Posonlyargs.Count];
            AppendArg(sb, p);
            if (i >= defaultsStart) { sb.Append('='); Append(sb, a.Defaults[i - defaultsStart], PrTest); }
            if (a.Posonlyargs.Count > 0 && i + 1 == a.Posonlyargs.Count) { sb.Append(", /"); }
        }
        if (a.Vararg is not null || a.Kwonlyargs.Count > 0)
        {
            Sep();
            sb.Append('*');
            if (a.Vararg is not null) AppendArg(sb, a.Vararg);
        }
        for (int i = 0; i < a.Kwonlyargs.Count; i++)
        {
            Sep();
            AppendArg(sb, a.Kwonlyargs[i]);
            if (a.KwDefaults[i] is { } d) { sb.Append('='); Append(sb, d, PrTest); }
        }
        if (a.Kwarg is not null)
        {
            Sep();
            sb.Append("**");
            AppendArg(sb, a.Kwarg);
        }
    }

    private static void AppendArg(StringBuilder sb, Arg a)
    {
        sb.Append(a.Name);
        if (a.Annotation is not null) { sb.Append(": "); Append(sb, a.Annotation, PrTest); }
    }

    private static void AppendConstant(StringBuilder sb, Constant k)
    {
        if (k.Value is EllipsisConstant) { sb.Append("..."); return; }
        if (k.Kind == "u") sb.Append('u');
        string r = ConstantRepr.Repr(k.Value);
        if (k.Value is double or System.Numerics.Complex) r = r.Replace("inf", "1e309");
        sb.Append(r);
    }

    /// <summary>The f-string's text; a <see cref="StrConstantBuilder"/> keeps escaped lone surrogates lone.</summary>
    private static void AppendFStringBody(StrConstantBuilder body, List<Expr> values)
    {
        foreach (var v in values)
        {
            if (v is Constant { Value: string s }) body.Append(s.Replace("{", "{{").Replace("}", "}}").AsSpan());
            else if (v is Constant { Value: SurrogateStr ss })
            {
                foreach (int cp in ss.CodePoints)
                {
                    body.AppendCodePoint(cp);
                    if (cp is '{' or '}') body.AppendCodePoint(cp);
                }
            }
            else if (v is FormattedValue fv) AppendFormattedValue(body, fv);
            else if (v is JoinedStr js) AppendFStringBody(body, js.Values);
        }
    }

    private static void AppendFormattedValue(StrConstantBuilder body, FormattedValue fv)
    {
        var inner = new StringBuilder();
        Append(inner, fv.Value, PrTest + 1);
        string expr = inner.ToString();
        body.AppendCodePoint('{');
        if (expr.StartsWith('{')) body.AppendCodePoint(' ');
        body.Append(expr);
        if (fv.Conversion > 0) { body.AppendCodePoint('!'); body.AppendCodePoint(fv.Conversion); }
        if (fv.FormatSpec is not null)
        {
            body.AppendCodePoint(':');
            if (fv.FormatSpec is JoinedStr spec) AppendFStringBody(body, spec.Values);
        }
        body.AppendCodePoint('}');
    }
}
