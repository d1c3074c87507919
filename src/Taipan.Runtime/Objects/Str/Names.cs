namespace Taipan.Runtime.Objects;

/// <summary>Interned names the runtime looks up itself (so dict probes hit identity first).</summary>
internal static class Names
{
    public static readonly PyStr Name = StrIntern.Intern("__name__");
    public static readonly PyStr Builtins = StrIntern.Intern("__builtins__");
    public static readonly PyStr Dict = StrIntern.Intern("__dict__");
    public static readonly PyStr Class = StrIntern.Intern("__class__");
    public static readonly PyStr ClassCell = StrIntern.Intern("__classcell__");
    public static readonly PyStr Init = StrIntern.Intern("__init__");
    public static readonly PyStr New = StrIntern.Intern("__new__");
    public static readonly PyStr Module = StrIntern.Intern("__module__");
    public static readonly PyStr QualName = StrIntern.Intern("__qualname__");
    public static readonly PyStr Doc = StrIntern.Intern("__doc__");
    public static readonly PyStr Annotations = StrIntern.Intern("__annotations__");
    public static readonly PyStr Slots = StrIntern.Intern("__slots__");
    public static readonly PyStr Weakref = StrIntern.Intern("__weakref__");
    public static readonly PyStr File = StrIntern.Intern("__file__");
    public static readonly PyStr Package = StrIntern.Intern("__package__");
    public static readonly PyStr Spec = StrIntern.Intern("__spec__");
    public static readonly PyStr Loader = StrIntern.Intern("__loader__");
    public static readonly PyStr Path = StrIntern.Intern("__path__");
    public static readonly PyStr All = StrIntern.Intern("__all__");
    public static readonly PyStr Mro = StrIntern.Intern("mro");
    public static readonly PyStr Keys = StrIntern.Intern("keys");
    public static readonly PyStr Prepare = StrIntern.Intern("__prepare__");
    public static readonly PyStr MroEntries = StrIntern.Intern("__mro_entries__");
    public static readonly PyStr InitSubclass = StrIntern.Intern("__init_subclass__");
    public static readonly PyStr SetName = StrIntern.Intern("__set_name__");
    public static readonly PyStr ClassGetItem = StrIntern.Intern("__class_getitem__");
    public static readonly PyStr Import = StrIntern.Intern("__import__");
    public static readonly PyStr Enter = StrIntern.Intern("__enter__");
    public static readonly PyStr Exit = StrIntern.Intern("__exit__");
    public static readonly PyStr AEnter = StrIntern.Intern("__aenter__");
    public static readonly PyStr AExit = StrIntern.Intern("__aexit__");
    public static readonly PyStr Getattr = StrIntern.Intern("__getattr__");
    public static readonly PyStr Getattribute = StrIntern.Intern("__getattribute__");
    public static readonly PyStr MatchArgs = StrIntern.Intern("__match_args__");
    public static readonly PyStr Abstractmethods = StrIntern.Intern("__abstractmethods__");
}
