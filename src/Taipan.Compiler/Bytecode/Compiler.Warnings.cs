using System.Numerics;
using Taipan.Compiler.Ast;
using Taipan.Compiler.Diagnostics;
using Tuple = Taipan.Compiler.Ast.Tuple;

namespace Taipan.Compiler.Bytecode;

/// <summary>compile.c's SyntaxWarnings: literal `is` comparisons, asserts on tuples, and calls or
/// subscripts of literals that suggest a missing comma. CPython's AST optimiser folds -1 and tuples of
/// constants into constants before these checks; <see cref="IsFoldedConstant"/> mirrors that.</summary>
public sealed partial class Compiler
{
    private void Warn(string message, Node at)
    {
        _warnings?.Add(new CompileWarning("SyntaxWarning", message, _errors.Filename, at.Lineno, _errors.At(message, at)));
    }

    private void CheckCompare(Compare c)
    {
        bool left = IsSingletonOrNotConstant(c.Left);
        for (int i = 0; i < c.Ops.Count; i++)
        {
            bool right = IsSingletonOrNotConstant(c.Comparators[i]);
            var op = c.Ops[i];
            if (op is CmpOpKind.Is or CmpOpKind.IsNot && (!left || !right))
            {
                Warn(op == CmpOpKind.Is ? "\"is\" with a literal. Did you mean \"==\"?" : "\"is not\" with a literal. Did you mean \"!=\"?", c);
                return;
            }
            left = right;
        }
    }

    /// <summary>check_is_arg: not a constant, or one of the singletons `is` is meant for.</summary>
    private static bool IsSingletonOrNotConstant(Expr e)
    {
        if (e is Constant k) return k.Value is NoneConstant or EllipsisConstant or bool;
        return !IsFoldedConstant(e);
    }

    private static bool IsFoldedConstant(Expr e) => e switch
    {
        Constant => true,
        UnaryOp { Op: UnaryOpKind.USub or UnaryOpKind.UAdd or UnaryOpKind.Invert, Operand: Constant { Value: long or int or BigInteger or double or System.Numerics.Complex } } => true,
        Tuple t => AllFolded(t.Elts),
        _ => false,
    };

    private static bool AllFolded(List<Expr> elts)
    {
        foreach (var x in elts) if (!IsFoldedConstant(x)) return false;
        return true;
    }

    /// <summary>check_caller.</summary>
    private void CheckCaller(Call c)
    {
        var f = c.Func;
        if (f is Constant or Tuple or List or ListComp or Dict or DictComp or Set or SetComp or GeneratorExp or JoinedStr or FormattedValue
            || IsFoldedConstant(f))
            Warn($"'{InferType(f)}' object is not callable; perhaps you missed a comma?", c);
    }

    /// <summary>check_subscripter and check_index, for loads.</summary>
    private void CheckSubscript(Subscript s)
    {
        var v = s.Value;
        bool notSubscriptable = v is Set or SetComp or GeneratorExp or Lambda
            || (IsFoldedConstant(v) && v is not Tuple
                && FoldedValue(v) is NoneConstant or EllipsisConstant or bool or long or int or BigInteger or double or Complex or ConstantTuple { IsFrozenSet: true });
        if (notSubscriptable)
        {
            Warn($"'{InferType(v)}' object is not subscriptable; perhaps you missed a comma?", s);
            return;
        }
        var indexType = InferType(s.Slice);
        if (indexType is null or "int" or "bool" or "slice") return;
        if (v is Tuple or List or ListComp or JoinedStr or FormattedValue || FoldedValue(v) is string or SurrogateStr or byte[])
            Warn($"{InferType(v)} indices must be integers or slices, not {indexType}; perhaps you missed a comma?", s);
    }

    private static object? FoldedValue(Expr e) => e switch
    {
        Constant k => k.Value,
        UnaryOp { Operand: Constant k } => k.Value,
        _ => null,
    };

    /// <summary>infer_type: the type a literal expression evaluates to, null when not known.</summary>
    private static string? InferType(Expr e) => e switch
    {
        Tuple => "tuple",
        List or ListComp => "list",
        Dict or DictComp => "dict",
        Set or SetComp => "set",
        GeneratorExp => "generator",
        Lambda => "function",
        JoinedStr or FormattedValue => "str",
        Slice => "slice",
        Constant k => ConstantTypeName(k.Value),
        UnaryOp { Op: UnaryOpKind.USub or UnaryOpKind.UAdd or UnaryOpKind.Invert, Operand: Constant k } when k.Value is not bool => ConstantTypeName(k.Value),
        UnaryOp { Op: UnaryOpKind.Invert or UnaryOpKind.USub or UnaryOpKind.UAdd, Operand: Constant { Value: bool } } => "int",
        _ => null,
    };

    private static string ConstantTypeName(object v) => v switch
    {
        NoneConstant => "NoneType",
        EllipsisConstant => "ellipsis",
        bool => "bool",
        long or int or BigInteger => "int",
        double => "float",
        Complex => "complex",
        string or SurrogateStr => "str",
        byte[] => "bytes",
        ConstantTuple { IsFrozenSet: true } => "frozenset",
        ConstantTuple => "tuple",
        _ => "object",
    };
}
