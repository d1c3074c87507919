using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.TestCapi;

/// <summary>_testcapi.MethInstance, MethClass, MethStatic: the meth_* callables as instance methods,
/// class methods and static methods of a builtin (not subclassable) type.</summary>
internal static class MethTypes
{
    public static readonly PyType Instance = ModuleTypes.Create("MethInstance", -1, static t =>
    {
        foreach (var (name, body) in CallingConventions.For("MethInstance", true)) BindingInstaller.AddMethod(t, name, body);
    }, subclassable: false);

    public static readonly PyType Class = ModuleTypes.Create("MethClass", -1, static t =>
    {
        foreach (var (name, body) in CallingConventions.For("MethClass", false)) BindingInstaller.AddClassMethod(t, name, body);
    }, subclassable: false);

    public static readonly PyType Static = ModuleTypes.Create("MethStatic", -1, static t =>
    {
        foreach (var (name, body) in CallingConventions.For("MethStatic", false)) BindingInstaller.AddStaticMethod(t, name, body);
    }, subclassable: false);
}
