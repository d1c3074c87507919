namespace Taipan.Compiler.Symbols;

/// <summary>
/// Second pass of the symbol table: resolves every name to local / global (explicit or
/// implicit) / free / cell, top-down with the sets of names bound and declared global in the
/// enclosing function scopes, bottom-up with the free names children need. Mirrors
/// symtable.c's analyze_block, including its quirks (class scopes are skipped by
/// closures; <c>__class__</c> is implicitly bound by a class for its methods).
/// </summary>
internal static class ScopeAnalyzer
{
    public static void Analyze(Scope top, CompileErrors errors)
    {
        var free = new HashSet<string>();
        var global = new HashSet<string>();
        AnalyzeBlock(top, null, free, global, errors);
    }

    private static void AnalyzeBlock(Scope ste, HashSet<string>? bound, HashSet<string> free, HashSet<string> global, CompileErrors errors)
    {
        var local = new HashSet<string>();
        var scopes = new Dictionary<string, SymbolScope>();
        var newGlobal = new HashSet<string>();
        var newFree = new HashSet<string>();
        var newBound = new HashSet<string>();

        if (ste.Kind == ScopeKind.Class)
        {
            newGlobal.UnionWith(global);
            if (bound is not null) newBound.UnionWith(bound);
        }
        foreach (var name in ste.Order)
            AnalyzeName(ste, scopes, name, ste.Flags[name], bound, local, free, global, errors);

        if (ste.Kind != ScopeKind.Class)
        {
            if (ste.Kind == ScopeKind.Function) newBound.UnionWith(local);
            if (bound is not null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else newBound.Add("__class__");

        var allFree = new HashSet<string>();
        foreach (var child in ste.Children)
        {
            var tempBound = new HashSet<string>(newBound);
            var tempFree = new HashSet<string>(newFree);
            var tempGlobal = new HashSet<string>(newGlobal);
            AnalyzeBlock(child, tempBound, tempFree, tempGlobal, errors);
            allFree.UnionWith(tempFree);
            if (child.HasFree || child.ChildHasFree) ste.ChildHasFree = true;
        }
        newFree.UnionWith(allFree);

        if (ste.Kind == ScopeKind.Function) AnalyzeCells(scopes, newFree);
        else if (ste.Kind == ScopeKind.Class && newFree.Remove("__class__")) ste.NeedsClassClosure = true;

        UpdateSymbols(ste, scopes, bound, newFree, ste.Kind == ScopeKind.Class);
        free.UnionWith(newFree);
    }

    private static void AnalyzeName(Scope ste, Dictionary<string, SymbolScope> scopes, string name, SymbolFlags flags,
        HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global, CompileErrors errors)
    {
        if ((flags & SymbolFlags.DefGlobal) != 0)
        {
            if ((flags & SymbolFlags.DefNonlocal) != 0)
                throw ErrorAtDirective(ste, name, $"name '{name}' is nonlocal and global", errors);
            scopes[name] = SymbolScope.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }
        if ((flags & SymbolFlags.DefNonlocal) != 0)
        {
            if (bound is null)
                throw ErrorAtDirective(ste, name, "nonlocal declaration not allowed at module level", errors);
            if (!bound.Contains(name))
                throw ErrorAtDirective(ste, name, $"no binding for nonlocal '{name}' found", errors);
            scopes[name] = SymbolScope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if ((flags & SymbolFlags.DefBound) != 0)
        {
            scopes[name] = SymbolScope.Local;
            local.Add(name);
            global.Remove(name);
            return;
        }
        if (bound is not null && bound.Contains(name))
        {
            scopes[name] = SymbolScope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if (global.Contains(name))
        {
            scopes[name] = SymbolScope.GlobalImplicit;
            return;
        }
        if (ste.IsNested) ste.HasFree = true;
        scopes[name] = SymbolScope.GlobalImplicit;
    }

    private static Diagnostics.PythonSyntaxError ErrorAtDirective(Scope ste, string name, string msg, CompileErrors errors)
    {
        if (ste.Directives.TryGetValue(name, out var node)) return errors.At(msg, node);
        return errors.At(msg, ste.Lineno, ste.ColOffset, ste.Lineno, ste.ColOffset);
    }

    private static void AnalyzeCells(Dictionary<string, SymbolScope> scopes, HashSet<string> free)
    {
        foreach (var (name, scope) in scopes.ToArray())
        {
            if (scope != SymbolScope.Local || !free.Contains(name)) continue;
            scopes[name] = SymbolScope.Cell;
            free.Remove(name);
        }
    }

    private static void UpdateSymbols(Scope ste, Dictionary<string, SymbolScope> scopes, HashSet<string>? bound,
        HashSet<string> free, bool classFlag)
    {
        foreach (var (name, scope) in scopes) ste.Scopes[name] = scope;
        foreach (var name in free)
        {
            if (ste.Flags.TryGetValue(name, out var flags))
            {
                if (classFlag && (flags & (SymbolFlags.DefBound | SymbolFlags.DefGlobal)) != 0)
                    ste.Flags[name] = flags | SymbolFlags.DefFreeClass;
                continue;
            }
            if (bound is not null && !bound.Contains(name)) continue;
            ste.SetFlags(name, SymbolFlags.None);
            ste.Scopes[name] = SymbolScope.Free;
        }
    }
}
