using System.Text;

namespace Taipan.Compiler.Symbols;

/// <summary>
/// The canonical listing printed by <c>-X dump-symtable</c> and by tools/check_symtable.py
/// from CPython's <c>symtable</c> module: one block per line, then its symbols sorted by
/// name with the predicates of <c>symtable.Symbol</c> that hold.
/// </summary>
public static class SymbolTableDumper
{
    public static string Dump(SymbolTable table)
    {
        var sb = new StringBuilder();
        DumpScope(table.Top, sb);
        return sb.ToString();
    }

    private static void DumpScope(Scope s, StringBuilder sb)
    {
        string type = s.Kind switch { ScopeKind.Module => "module", ScopeKind.Class => "class", _ => "function" };
        sb.Append(type).Append(' ').Append(s.Name).Append(' ').Append(s.Lineno).Append('\n');
        var names = new List<string>(s.Order);
        names.Sort(string.CompareOrdinal);
        // symtable.py decides "module scope" by the block name alone, so a function named top counts too.
        bool moduleScope = s.Name == "top";
        foreach (var name in names)
        {
            var f = s.Flags[name];
            var scope = s.GetScope(name);
            bool boundAtModule = moduleScope && (f & SymbolFlags.DefBound) != 0;
            sb.Append("  ").Append(name).Append(':');
            if (scope is SymbolScope.Local or SymbolScope.Cell || boundAtModule) sb.Append(" local");
            if (scope is SymbolScope.GlobalImplicit or SymbolScope.GlobalExplicit || boundAtModule) sb.Append(" global");
            if (scope == SymbolScope.GlobalExplicit) sb.Append(" declared_global");
            if (scope == SymbolScope.Free) sb.Append(" free");
            if ((f & SymbolFlags.DefNonlocal) != 0) sb.Append(" nonlocal");
            if ((f & SymbolFlags.DefParam) != 0) sb.Append(" parameter");
            if ((f & SymbolFlags.DefImport) != 0) sb.Append(" imported");
            if ((f & SymbolFlags.DefLocal) != 0) sb.Append(" assigned");
            if ((f & SymbolFlags.Use) != 0) sb.Append(" referenced");
            if ((f & SymbolFlags.DefAnnot) != 0) sb.Append(" annotated");
            bool ns = false;
            foreach (var c in s.Children) if (c.Name == name) { ns = true; break; }
            if (ns) sb.Append(" namespace");
            sb.Append(" scope=").Append((int)scope).Append('\n');
        }
        foreach (var c in s.Children) DumpScope(c, sb);
    }
}
