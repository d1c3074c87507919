using Taipan.Runtime.Objects;

namespace Taipan.Modules.TestCapi;

/// <summary>
/// PEP 590's test types: MethodDescriptorBase (callable, returns True; binds like a function when found
/// on a class), MethodDescriptorDerived (a static subclass), MethodDescriptorNopGet (its call returns
/// the positional arguments tuple and its __get__ returns itself) and MethodDescriptor2 (returns False).
/// Their __flags__ carry METHOD_DESCRIPTOR and HAVE_VECTORCALL as in CPython; heap subclasses do not.
/// </summary>
internal static class MethodDescriptorTypes
{
    private const TypeFlags Pep590 = TypeFlags.MethodDescriptor | TypeFlags.Vectorcall;

    public static readonly PyType Base = ModuleTypes.Create("MethodDescriptorBase", -1, static t =>
    {
        t.Flags |= Pep590;
        t.Call = static (self, a, k) => PyBool.True;
        t.DescrGet = static (descr, instance, owner) =>
            instance is null || instance is PyNone ? descr : new PyBoundMethod(descr, instance);
    });

    public static readonly PyType Derived = ModuleTypes.Create("MethodDescriptorDerived", -1, static t => t.Flags |= Pep590, Base);

    public static readonly PyType NopGet = ModuleTypes.Create("MethodDescriptorNopGet", -1, static t =>
    {
        t.Call = static (self, a, k) => PyTuple.Wrap(a[..(a.Length - (k?.Count ?? 0))].ToArray());
        t.DescrGet = static (descr, instance, owner) => descr;
    }, Base);

    public static readonly PyType Second = ModuleTypes.Create("MethodDescriptor2", -1, static t =>
    {
        t.Flags |= Pep590;
        t.Call = static (self, a, k) => PyBool.False;
    }, Base);
}
