using System.Globalization;
using System.Text;

namespace Taipan.Jit.IR;

/// <summary>Textual form of traces, RPython style: `i3 = int_add(i1, 1)`, guards followed by their resume values.</summary>
public static class TracePrinter
{
    public static string Print(Trace t, DescrRegistry? reg = null)
    {
        var names = new Namer();
        foreach (var a in t.Inputs) names.Reserve(a);
        foreach (var op in t.Ops)
        {
            names.Reserve(op);
            if (op.Code == OpCode.Label) foreach (var a in op.Args) names.Reserve(a);
        }
        var sb = new StringBuilder();
        sb.Append('[');
        for (int i = 0; i < t.Inputs.Length; i++) { if (i > 0) sb.Append(", "); sb.Append(names.Of(t.Inputs[i])); }
        sb.Append("]\n");
        foreach (var op in t.Ops) { PrintOp(sb, op, names, reg); sb.Append('\n'); }
        return sb.ToString();
    }

    static void PrintOp(StringBuilder sb, Op op, Namer names, DescrRegistry? reg)
    {
        names.VirtualIds.Clear();
        if (op.Kind != Kind.Void) sb.Append(names.Of(op)).Append(" = ");
        sb.Append(op.Code.Info().Name).Append('(');
        for (int i = 0; i < op.Args.Length; i++) { if (i > 0) sb.Append(", "); PrintArg(sb, op.Args[i], names, reg); }
        if (op.Descr != null) { if (op.Args.Length > 0) sb.Append(", "); sb.Append("descr=").Append(op.Descr.Name); }
        sb.Append(')');
        if (op.Resume != null)
        {
            sb.Append(" [");
            for (int i = 0; i < op.Resume.Length; i++) { if (i > 0) sb.Append(", "); PrintArg(sb, op.Resume[i], names, reg); }
            sb.Append(']');
        }
    }

    static void PrintArg(StringBuilder sb, Value v, Namer names, DescrRegistry? reg)
    {
        switch (v)
        {
            case Const c: sb.Append(ConstText(c, reg)); break;
            case VirtualValue vv:
                // a virtual seen before in this op (sharing or a cycle) prints as a back-reference
                if (names.VirtualIds.TryGetValue(vv, out int id)) { sb.Append('#').Append(id); break; }
                names.VirtualIds[vv] = id = names.VirtualIds.Count + 1;
                sb.Append('<').Append(vv.Class.Name).Append('#').Append(id);
                for (int i = 0; i < vv.Fields.Length; i++)
                {
                    if (vv.Fields[i] is not { } f) continue;
                    sb.Append(' ').Append(vv.Class.Fields[i].Field.Name).Append('=');
                    PrintArg(sb, f, names, reg);
                }
                sb.Append('>');
                break;
            default: sb.Append(names.Of(v)); break;
        }
    }

    internal static string ConstText(Const c, DescrRegistry? reg) => c.Kind switch
    {
        Kind.Int => c.I.ToString(CultureInfo.InvariantCulture),
        Kind.Float => FloatText(c.F),
        _ => c.R is null ? "null" : $"ConstPtr({reg?.NameOfConst(c.R) ?? c.R.GetType().Name})",
    };

    static string FloatText(double d)
    {
        var s = d.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.') || s.Contains('E') || s.Contains('N') || s.Contains('I') ? s : s + ".0";
    }

    sealed class Namer
    {
        readonly Dictionary<Value, string> names = new(ReferenceEqualityComparer.Instance);
        readonly HashSet<string> used = new();
        public readonly Dictionary<VirtualValue, int> VirtualIds = new(ReferenceEqualityComparer.Instance);
        int next;

        public void Reserve(Value v)
        {
            if (v.Name != null && v.Kind != Kind.Void && used.Add(v.Name)) names[v] = v.Name;
        }

        public string Of(Value v)
        {
            if (names.TryGetValue(v, out var n)) return n;
            do n = v.Kind.Prefix() + (next++).ToString(CultureInfo.InvariantCulture); while (!used.Add(n));
            names[v] = n;
            return n;
        }
    }
}
