using System.Globalization;
using System.Text;

namespace ToyLang;

/// <summary>
/// Random terminating toy programs for differential testing (JIT off vs threshold 1): bounded loops
/// (nested sometimes), numeric and pair variables, overflow into floats, calls, bounded recursion,
/// function redefinition inside loops (invalidation), and the odd run-time error.
/// </summary>
public sealed class ProgramGenerator
{
    readonly Random rnd;
    readonly StringBuilder sb = new();
    int counters;
    string[] vars = Array.Empty<string>();
    int scope; // 0 main, 1 inside f0 (may call r), 2 inside f1 (may call f0, r), 3 inside r (no calls)
    readonly string[] nums = { "n0", "n1", "n2", "n3" };
    readonly string[] pairs = { "p0", "p1" };

    public ProgramGenerator(int seed) { rnd = new Random(seed); }

    public string Next()
    {
        sb.Clear();
        counters = 0;
        sb.Append("(def f0 (a) ").Append(In(1, () => Num(2, "a"))).Append(")\n");
        sb.Append("(def f1 (a b) (set t ").Append(In(2, () => Num(2, "a", "b"))).Append(") (if (< t 0) (return (f0 t))) (+ t b))\n");
        sb.Append("(def r (k x) (if (< k 1) x (+ (r (- k 1) x) ").Append(Lit()).Append(")))\n");
        vars = nums;
        scope = 0;
        foreach (var n in nums) sb.Append("(set ").Append(n).Append(' ').Append(Lit()).Append(")\n");
        sb.Append("(set p0 (pair ").Append(Lit()).Append(' ').Append(Lit()).Append("))\n");
        sb.Append("(set p1 (pair p0 ").Append(Lit()).Append("))\n");
        int loops = rnd.Next(1, 4);
        for (int i = 0; i < loops; i++) Loop(0);
        foreach (var n in nums) sb.Append("(print ").Append(n).Append(")\n");
        sb.Append("(print p0)\n(print p1)\n");
        return sb.ToString();
    }

    void Loop(int depth)
    {
        var c = "c" + counters++;
        int n = rnd.Next(0, depth == 0 ? 60 : 12);
        sb.Append("(set ").Append(c).Append(" 0)\n(while (< ").Append(c).Append(' ').Append(n).Append(")\n");
        int stmts = rnd.Next(1, 5);
        for (int i = 0; i < stmts; i++) Stmt(depth, c);
        sb.Append("  (set ").Append(c).Append(" (+ ").Append(c).Append(" 1)))\n");
    }

    void Stmt(int depth, string counter)
    {
        int k = rnd.Next(100);
        if (k < 40) { sb.Append("  (set ").Append(Pick(nums)).Append(' ').Append(Num(3, counter)).Append(")\n"); return; }
        if (k < 55)
        {
            sb.Append("  (if ").Append(Cond(counter)).Append(" (set ").Append(Pick(nums)).Append(' ').Append(Num(2, counter))
              .Append(") (set ").Append(Pick(nums)).Append(' ').Append(Num(2, counter)).Append("))\n");
            return;
        }
        if (k < 63) { sb.Append("  (").Append(rnd.Next(2) == 0 ? "setfst " : "setsnd ").Append(Pick(pairs)).Append(' ').Append(rnd.Next(4) == 0 ? Pick(pairs) : Num(2, counter)).Append(")\n"); return; }
        if (k < 70) { sb.Append("  (set ").Append(Pick(pairs)).Append(" (pair ").Append(Num(1, counter)).Append(' ').Append(Pick(pairs)).Append("))\n"); return; }
        if (k < 76 && depth < 1) { Loop(depth + 1); return; }
        if (k < 79) { sb.Append("  (if (== ").Append(counter).Append(' ').Append(rnd.Next(0, 20)).Append(") (def f0 (a) ").Append(In(1, () => Num(2, "a"))).Append("))\n"); return; }
        if (k < 83) { sb.Append("  (if (> ").Append(counter).Append(' ').Append(rnd.Next(0, 40)).Append(") (print ").Append(Num(2, counter)).Append("))\n"); return; }
        sb.Append("  (set ").Append(Pick(nums)).Append(' ').Append(Num(3, counter)).Append(")\n");
    }

    string Cond(string counter)
    {
        string[] ops = { "<", "<=", ">", ">=", "==", "!=" };
        return rnd.Next(3) == 0
            ? $"(< {counter} {rnd.Next(0, 40)})"
            : $"({Pick(ops)} {Num(1, counter)} {Num(1, counter)})";
    }

    string Pick(string[] a) => a[rnd.Next(a.Length)];

    string In(int inScope, Func<string> f)
    {
        var (v, sc) = (vars, scope);
        (vars, scope) = (Array.Empty<string>(), inScope);
        try { return f(); }
        finally { (vars, scope) = (v, sc); }
    }

    string Var(string[] extra)
    {
        if (vars.Length == 0) return extra.Length > 0 ? Pick(extra) : Lit();
        return extra.Length > 0 && rnd.Next(2) == 0 ? Pick(extra) : Pick(vars);
    }

    string Lit()
    {
        int k = rnd.Next(20);
        if (k < 9) return rnd.Next(-10, 100).ToString(CultureInfo.InvariantCulture);
        if (k < 14) return (rnd.Next(-400, 400) / 8.0).ToString("0.0##", CultureInfo.InvariantCulture);
        if (k < 16) return "1000003";
        if (k < 17) return "4611686018427387904";
        if (k < 18) return "-9223372036854775807";
        return "3";
    }

    string Num(int depth, params string[] extra)
    {
        int k = rnd.Next(depth <= 0 ? 3 : 14);
        switch (k)
        {
            case 0: return Lit();
            case 1: return Var(extra);
            case 2: return vars.Length > 0 ? Pick(vars) : Var(extra);
            case 3: case 4: case 5: case 6:
            {
                string[] ops = { "+", "-", "*", "+", "-", "*", "<", "==" };
                return $"({Pick(ops)} {Num(depth - 1, extra)} {Num(depth - 1, extra)})";
            }
            case 7: return $"(/ {Num(depth - 1, extra)} {(rnd.Next(6) == 0 ? Num(0, extra) : rnd.Next(1, 9).ToString(CultureInfo.InvariantCulture))})";
            case 8: return $"(% {Num(depth - 1, extra)} {(rnd.Next(6) == 0 ? Num(0, extra) : rnd.Next(1, 9).ToString(CultureInfo.InvariantCulture))})";
            case 9 when scope == 0 || scope == 2: return $"(f0 {Num(depth - 1, extra)})";
            case 10 when scope == 0: return $"(f1 {Num(depth - 1, extra)} {Num(depth - 1, extra)})";
            case 11 when scope <= 2: return $"(r {rnd.Next(0, 6)} {Num(depth - 1, extra)})";
            case 12 when scope == 0: return $"({(rnd.Next(2) == 0 ? "fst" : "snd")} {Pick(pairs)})";
            case 9: case 10: case 11: case 12: return Var(extra);
            default: return $"(if {Num(0, extra)} {Num(depth - 1, extra)} {Num(depth - 1, extra)})";
        }
    }
}
