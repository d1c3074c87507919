namespace Taipan.Runtime.Binding;

// Declarations read by Taipan.Generators at compile time; nothing reads them at run time.

/// <summary>The class implements the builtin type <c>name</c>; the generator writes
/// <c>InstallPyBindings(PyType)</c> from its [PyMethod]/[PyGetter] members.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class PyTypeAttribute : Attribute
{
    public PyTypeAttribute(string name) => Name = name;
    public string Name { get; }
}

/// <summary>The static class implements the native module <c>name</c>; the generator writes
/// <c>InstallPyBindings(PyDict)</c> from its [PyFunction] members.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class PyModuleAttribute : Attribute
{
    public PyModuleAttribute(string name) => Name = name;
    public string Name { get; }
}

/// <summary>An instance method exposed as a Python method. Parameters are positional-only
/// unless <see cref="PosOnly"/> says how many leading ones are (0: all may be passed by keyword).
/// C# defaults become Python defaults; a nullable PyObject parameter defaulting to null is optional.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class PyMethodAttribute : Attribute
{
    public PyMethodAttribute() { }
    public PyMethodAttribute(string name) => Name = name;
    public string? Name { get; }
    public int PosOnly { get; set; } = -1;
}

/// <summary>A static method exposed as a module function; same parameter rules as <see cref="PyMethodAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class PyFunctionAttribute : Attribute
{
    public PyFunctionAttribute() { }
    public PyFunctionAttribute(string name) => Name = name;
    public string? Name { get; }
    public int PosOnly { get; set; } = -1;
}

/// <summary>A read-only attribute (getset_descriptor) from a property or parameterless method.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, Inherited = false)]
internal sealed class PyGetterAttribute : Attribute
{
    public PyGetterAttribute() { }
    public PyGetterAttribute(string name) => Name = name;
    public string? Name { get; }
}

/// <summary>A static method of a [PyType] class exposed as a Python classmethod (like dict.fromkeys):
/// its first parameter (a PyType) receives the class it was called on; the rest are the arguments.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PyClassMethodAttribute : Attribute
{
    public PyClassMethodAttribute() { }
    public PyClassMethodAttribute(string name) => Name = name;
    public string? Name { get; }
    public int PosOnly { get; set; } = -1;
}

/// <summary>A static method of a [PyType] class exposed as a Python staticmethod (like str.maketrans).</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PyStaticMethodAttribute : Attribute
{
    public PyStaticMethodAttribute() { }
    public PyStaticMethodAttribute(string name) => Name = name;
    public string? Name { get; }
    public int PosOnly { get; set; } = -1;
}
