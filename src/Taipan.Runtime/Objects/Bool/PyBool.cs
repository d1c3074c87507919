using System.Runtime.CompilerServices;

namespace Taipan.Runtime.Objects;

/// <summary>bool: True and False are the ints 1 and 0 with type bool (bool subclasses int
/// and cannot itself be subclassed), so every int fast path accepts them.</summary>
internal static class PyBool
{
    public static readonly PyInt True = new(PyTypes.Bool, 1);
    public static readonly PyInt False = new(PyTypes.Bool, 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt FromBool(bool value) => value ? True : False;

    internal static void InitType(PyType t)
    {
        t.Repr = static self => PyStr.FromAscii(ReferenceEquals(self, True) ? "True" : "False");
        // No tp_str: str() is object.__str__, which calls repr (so a subclass __repr__ shows in str()).
        t.NumberSlots[(int)BinaryOp.And] = static (a, b) =>
            a.type == PyTypes.Bool && b.type == PyTypes.Bool ? FromBool(IsTrue(a) & IsTrue(b)) : IntArithmetic.AndSlot(a, b);
        t.NumberSlots[(int)BinaryOp.Or] = static (a, b) =>
            a.type == PyTypes.Bool && b.type == PyTypes.Bool ? FromBool(IsTrue(a) | IsTrue(b)) : IntArithmetic.OrSlot(a, b);
        t.NumberSlots[(int)BinaryOp.Xor] = static (a, b) =>
            a.type == PyTypes.Bool && b.type == PyTypes.Bool ? FromBool(IsTrue(a) ^ IsTrue(b)) : IntArithmetic.XorSlot(a, b);
        t.New = static (callable, args, kwnames) =>
        {
            if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError("bool() takes no keyword arguments");
            if (args.Length > 1) throw PyErrors.TypeError($"bool expected at most 1 argument, got {args.Length}");
            return args.Length == 0 ? False : FromBool(PyOps.IsTrue(args[0]));
        };
    }

    private static bool IsTrue(PyObject o) => ReferenceEquals(o, True);
}
