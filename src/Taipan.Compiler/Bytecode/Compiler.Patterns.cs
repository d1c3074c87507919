using Taipan.Compiler.Ast;
using Attribute = Taipan.Compiler.Ast.Attribute;

namespace Taipan.Compiler.Bytecode;

public sealed partial class Compiler
{
    /// <summary>
    /// Pattern-matching state of one case (CPython's pattern_context). Taipan binds captured
    /// names as soon as their sub-pattern matches (the language reference allows bindings of
    /// a failed match to survive), so only <see cref="OnTop"/> items need popping on failure.
    /// </summary>
    private sealed class PatternContext
    {
        public List<string> Stores = new();
        public bool AllowIrrefutable;
        public List<int> FailPop = new();
        public int OnTop;
    }

    private void CompileMatch(Match m)
    {
        VisitExpr(m.Subject);
        int end = NewLabel();
        int cases = m.Cases.Count;
        bool hasDefault = IsWildcard(m.Cases[^1].Pattern) && cases > 1;
        int last = cases - (hasDefault ? 1 : 0);
        for (int i = 0; i < last; i++)
        {
            var c = m.Cases[i];
            SetLoc(c.Pattern);
            if (i != last - 1) Emit(OpCode.COPY, 1);
            var pc = new PatternContext { AllowIrrefutable = c.Guard is not null || i == cases - 1 };
            CompilePattern(c.Pattern, pc);
            if (c.Guard is not null)
            {
                EnsureFailPop(pc, 0);
                JumpIf(c.Guard, pc.FailPop[0], false);
            }
            if (i != last - 1) Emit(OpCode.POP_TOP);
            VisitStmts(c.Body);
            JumpTo(end);
            SetLoc(c.Pattern);
            EmitFailPops(pc);
        }
        if (hasDefault)
        {
            var c = m.Cases[^1];
            SetLoc(c.Pattern);
            if (cases == 1) Emit(OpCode.POP_TOP);
            else Emit(OpCode.NOP);
            if (c.Guard is not null) JumpIf(c.Guard, end, false);
            VisitStmts(c.Body);
        }
        Mark(end);
    }

    private static bool IsWildcard(Pattern p) => p is MatchAs { Pattern: null, Name: null };

    private void EnsureFailPop(PatternContext pc, int n)
    {
        while (pc.FailPop.Count <= n) pc.FailPop.Add(NewLabel());
    }

    private void JumpToFailPop(PatternContext pc, OpCode op)
    {
        EnsureFailPop(pc, pc.OnTop);
        EmitJump(op, pc.FailPop[pc.OnTop]);
    }

    private void EmitFailPops(PatternContext pc)
    {
        for (int n = pc.FailPop.Count - 1; n > 0; n--)
        {
            Mark(pc.FailPop[n]);
            Emit(OpCode.POP_TOP);
        }
        if (pc.FailPop.Count > 0) Mark(pc.FailPop[0]);
        pc.FailPop = new List<int>();
    }

    private void StoreCapture(string? name, PatternContext pc)
    {
        if (name is null)
        {
            Emit(OpCode.POP_TOP);
            return;
        }
        if (name == "__debug__") throw Error("cannot assign to __debug__");
        if (pc.Stores.Contains(name)) throw Error($"multiple assignments to name {Symbols.CompileErrors.Repr(name)} in pattern");
        pc.Stores.Add(name);
        NameOp(name, ExprContext.Store);
    }

    private void CompileSubpattern(Pattern p, PatternContext pc)
    {
        bool allow = pc.AllowIrrefutable;
        pc.AllowIrrefutable = true;
        CompilePattern(p, pc);
        pc.AllowIrrefutable = allow;
    }

    private void CompilePattern(Pattern p, PatternContext pc)
    {
        SetLoc(p);
        switch (p)
        {
            case MatchValue v:
                VisitExpr(v.Value);
                SetLoc(p);
                Emit(OpCode.COMPARE_OP, (int)ComparisonOperator.Eq);
                JumpToFailPop(pc, OpCode.POP_JUMP_IF_FALSE);
                break;
            case MatchSingleton s:
                LoadConst(s.Value);
                Emit(OpCode.IS_OP, 0);
                JumpToFailPop(pc, OpCode.POP_JUMP_IF_FALSE);
                break;
            case MatchAs a:
                if (a.Pattern is null)
                {
                    if (!pc.AllowIrrefutable)
                    {
                        if (a.Name is null) throw Error("wildcard makes remaining patterns unreachable");
                        throw Error($"name capture {Symbols.CompileErrors.Repr(a.Name)} makes remaining patterns unreachable");
                    }
                    StoreCapture(a.Name, pc);
                    break;
                }
                pc.OnTop++;
                Emit(OpCode.COPY, 1);
                CompileSubpattern(a.Pattern, pc);
                pc.OnTop--;
                StoreCapture(a.Name, pc);
                break;
            case MatchStar st:
                StoreCapture(st.Name, pc);
                break;
            case MatchSequence seq: CompileSequencePattern(seq, pc); break;
            case MatchMapping map: CompileMappingPattern(map, pc); break;
            case MatchClass cls: CompileClassPattern(cls, pc); break;
            case MatchOr or: CompileOrPattern(or, pc); break;
            default: throw new InvalidOperationException("SystemError: unknown pattern " + p.PythonName);
        }
    }

    private void CompileSequencePattern(MatchSequence p, PatternContext pc)
    {
        var patterns = p.Patterns;
        int size = patterns.Count;
        int star = -1;
        bool onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++)
        {
            var q = patterns[i];
            if (q is MatchStar ms)
            {
                if (star >= 0) throw Error("multiple starred names in sequence pattern");
                starWildcard = ms.Name is null;
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= IsWildcard(q);
        }
        pc.OnTop++;
        Emit(OpCode.MATCH_SEQUENCE);
        JumpToFailPop(pc, OpCode.POP_JUMP_IF_FALSE);
        if (star < 0)
        {
            Emit(OpCode.GET_LEN);
            LoadConst((long)size);
            Emit(OpCode.COMPARE_OP, (int)ComparisonOperator.Eq);
            JumpToFailPop(pc, OpCode.POP_JUMP_IF_FALSE);
        }
        else if (size - 1 > 0)
        {
            Emit(OpCode.GET_LEN);
            LoadConst((long)(size - 1));
            Emit(OpCode.COMPARE_OP, (int)ComparisonOperator.Ge);
            JumpToFailPop(pc, OpCode.POP_JUMP_IF_FALSE);
        }
        pc.OnTop--;
        if (onlyWildcard)
        {
            Emit(OpCode.POP_TOP);
        }
        else if (starWildcard)
        {
            pc.OnTop++;
            for (int i = 0; i < size; i++)
            {
                var q = patterns[i];
                if (IsWildcard(q) || i == star) continue;
                Emit(OpCode.COPY, 1);
                if (i < star) LoadConst((long)i);
                else
                {
                    Emit(OpCode.GET_LEN);
                    LoadConst((long)(size - i));
                    Emit(OpCode.BINARY_OP, (int)BinaryOperator.Subtract);
                }
                Emit(OpCode.BINARY_SUBSCR);
                CompileSubpattern(q, pc);
            }
            pc.OnTop--;
            Emit(OpCode.POP_TOP);
        }
        else
        {
            if (star >= 0)
            {
                if (star >= 256 || size - star - 1 >= (1 << 16)) throw Error("too many expressions in star-unpacking sequence pattern");
                Emit(OpCode.UNPACK_EX, star | ((size - star - 1) << 8));
            }
            else Emit(OpCode.UNPACK_SEQUENCE, size);
            pc.OnTop += size;
            foreach (var q in patterns)
            {
                pc.OnTop--;
                CompileSubpattern(q, pc);
            }
        }
    }

    private void CompileMappingPattern(MatchMapping p, PatternContext pc)
    {
        int size = p.Keys.Count;
        if (size != p.Patterns.Count)
            throw Error($"keys ({size}) / patterns ({p.Patterns.Count}) length mismatch in mapping pattern");
        pc.OnTop++;
        Emit(OpCode.MATCH_MAPPING);
        JumpToFailPop(pc, OpCode.POP_JUMP_IF_FALSE);
        if (size == 0 && p.Rest is null)
        {
            pc.OnTop--;
            Emit(OpCode.POP_TOP);
            return;
        }
        if (size > 0)
        {
            Emit(OpCode.GET_LEN);
            LoadConst((long)size);
            Emit(OpCode.COMPARE_OP, (int)ComparisonOperator.Ge);
            JumpToFailPop(pc, OpCode.POP_JUMP_IF_FALSE);
        }
        var seen = new HashSet<object>();
        foreach (var key in p.Keys)
        {
            // CPython's AST optimizer has folded -1 and 1+2j into constants by now.
            var folded = key is Constant or UnaryOp or BinOp ? FoldConstant(key) : null;
            if (folded is not null)
            {
                if (!seen.Add(ConstantRepr.EqualityKey(folded)))
                    throw Error($"mapping pattern checks duplicate key ({ConstantRepr.Repr(folded)})");
            }
            else if (key is not Attribute)
                throw Error("mapping pattern keys may only match literals and attribute lookups");
            VisitExpr(key);
        }
        Emit(OpCode.BUILD_TUPLE, size);
        Emit(OpCode.MATCH_KEYS);
        pc.OnTop += 2;
        Emit(OpCode.COPY, 1);
        LoadConst(NoneConstant.Instance);
        Emit(OpCode.IS_OP, 1);
        JumpToFailPop(pc, OpCode.POP_JUMP_IF_FALSE);
        Emit(OpCode.UNPACK_SEQUENCE, size);
        pc.OnTop += size - 1;
        foreach (var q in p.Patterns)
        {
            pc.OnTop--;
            CompileSubpattern(q, pc);
        }
        pc.OnTop -= 2;
        if (p.Rest is not null)
        {
            // rest = dict(subject) minus the matched keys.
            // [subject, keys] → [subject, rest]
            Emit(OpCode.COPY_DICT_WITHOUT_KEYS);
            Emit(OpCode.SWAP, 2);
            Emit(OpCode.POP_TOP);
            StoreCapture(p.Rest, pc);
        }
        else
        {
            Emit(OpCode.POP_TOP);
            Emit(OpCode.POP_TOP);
        }
    }

    private void CompileClassPattern(MatchClass p, PatternContext pc)
    {
        int nargs = p.Patterns.Count, nattrs = p.KwdAttrs.Count;
        if (nattrs != p.KwdPatterns.Count)
            throw Error($"kwd_attrs ({nattrs}) / kwd_patterns ({p.KwdPatterns.Count}) length mismatch in class pattern");
        for (int i = 0; i < nattrs; i++)
        {
            string attr = p.KwdAttrs[i];
            if (attr == "__debug__") throw Error("cannot assign to __debug__");
            for (int j = i + 1; j < nattrs; j++)
            {
                if (p.KwdAttrs[j] == attr)
                {
                    SetLoc(p.KwdPatterns[j]);
                    throw Error("attribute name repeated in class pattern: " + attr);
                }
            }
        }
        VisitExpr(p.Cls);
        SetLoc(p);
        var names = new object[nattrs];
        for (int i = 0; i < nattrs; i++) names[i] = p.KwdAttrs[i];
        LoadConst(new ConstantTuple(names));
        Emit(OpCode.MATCH_CLASS, nargs);
        Emit(OpCode.COPY, 1);
        LoadConst(NoneConstant.Instance);
        Emit(OpCode.IS_OP, 1);
        pc.OnTop++;
        JumpToFailPop(pc, OpCode.POP_JUMP_IF_FALSE);
        Emit(OpCode.UNPACK_SEQUENCE, nargs + nattrs);
        pc.OnTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++)
        {
            pc.OnTop--;
            var q = i < nargs ? p.Patterns[i] : p.KwdPatterns[i - nargs];
            if (IsWildcard(q))
            {
                Emit(OpCode.POP_TOP);
                continue;
            }
            CompileSubpattern(q, pc);
        }
    }

    private void CompileOrPattern(MatchOr p, PatternContext pc)
    {
        int end = NewLabel();
        int size = p.Patterns.Count;
        var old = pc;
        List<string>? control = null;
        for (int i = 0; i < size; i++)
        {
            var alt = p.Patterns[i];
            SetLoc(alt);
            var altPc = new PatternContext
            {
                Stores = new List<string>(old.Stores),
                AllowIrrefutable = i == size - 1 && old.AllowIrrefutable,
            };
            Emit(OpCode.COPY, 1);
            CompilePattern(alt, altPc);
            var bound = altPc.Stores.GetRange(old.Stores.Count, altPc.Stores.Count - old.Stores.Count);
            if (control is null) control = bound;
            else
            {
                var a = new HashSet<string>(control);
                // Reported at the last (sub)pattern compiled, as CPython does.
                if (!a.SetEquals(bound)) throw Error("alternative patterns bind different names");
            }
            JumpTo(end);
            EmitFailPops(altPc);
        }
        SetLoc(p);
        foreach (var name in control!) old.Stores.Add(name);
        // No alternative matched: drop the subject and fail.
        Emit(OpCode.POP_TOP);
        JumpToFailPop(pc, OpCode.JUMP_FORWARD);
        Mark(end);
        Emit(OpCode.POP_TOP);
    }
}
