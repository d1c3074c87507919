using Taipan.Jit.IR;
using Taipan.Jit.Optimizer;

namespace Taipan.Jit.Tests.Optimizer;

internal static class Opt
{
    public static string ConstFold(string text) => Print(new ConstFold().Run(Reg.Parse(text)));
    public static string HeapCache(string text) => Print(new HeapCache().Run(Reg.Parse(text)));
    public static string Virtuals(string text) => Print(Pipeline.RemoveAllocations(Reg.Parse(text)));
    public static string DeadCode(string text) => Print(Taipan.Jit.Optimizer.DeadCode.Run(Reg.Parse(text)));
    public static string Unroll(string text) => Print(Taipan.Jit.Optimizer.Unroll.Run(Reg.Parse(text)));
    public static string Invariants(string text) => Print(new Invariants().Run(Reg.Parse(text)));
    public static string LoopFields(string text) => Print(Taipan.Jit.Optimizer.LoopFields.Run(Reg.Parse(text)));
    public static string All(string text) => Print(Pipeline.Optimize(Reg.Parse(text)));
    static string Print(Trace t) => TracePrinter.Print(t);
}
