using Taipan.Compiler.Ast;

namespace Taipan.Compiler.Symbols;

/// <summary>
/// The <c>from __future__ import ...</c> statements at the top of a module (after an optional
/// docstring), as CPython's future.c finds them. Flag values are CPython's CO_FUTURE_* bits.
/// </summary>
public static class FutureFeatures
{
    public const int BarryAsBdfl = 0x400000;
    public const int GeneratorStop = 0x800000;
    public const int Annotations = 0x1000000;

    /// <summary>The co_flags bits the future imports set (3.11: only annotations and barry_as_FLUFL;
    /// generator_stop and older features are mandatory and set nothing).</summary>
    public static int Scan(List<Stmt> body)
    {
        int flags = 0;
        for (int i = 0; i < body.Count; i++)
        {
            var s = body[i];
            if (i == 0 && s is ExprStmt { Value: Constant { Value: string or SurrogateStr } }) continue;
            if (s is not ImportFrom { Module: "__future__" } f) break;
            foreach (var a in f.Names)
            {
                flags |= a.Name switch
                {
                    "annotations" => Annotations,
                    "barry_as_FLUFL" => BarryAsBdfl,
                    _ => 0,
                };
            }
        }
        return flags;
    }
}
