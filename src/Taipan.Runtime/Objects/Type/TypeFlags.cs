namespace Taipan.Runtime.Objects;

[Flags]
internal enum TypeFlags
{
    None = 0,
    /// <summary>Created by a class statement or type(); its dict may change.</summary>
    HeapType = 1 << 0,
    /// <summary>May be subclassed (CPython Py_TPFLAGS_BASETYPE).</summary>
    BaseType = 1 << 1,
    /// <summary>Instances carry attribute storage (a __dict__ or maps).</summary>
    HasInstanceDict = 1 << 2,
    /// <summary>The type dict may not be changed (builtins: "cannot set 'x' attribute of immutable type 'int'").</summary>
    Immutable = 1 << 3,
    /// <summary>__abstractmethods__ is non-empty: instantiation raises.</summary>
    IsAbstract = 1 << 4,
    /// <summary>Reported in __flags__ only (Py_TPFLAGS_METHOD_DESCRIPTOR): instances bind like functions.
    /// As in CPython, mutable heap types do not inherit it.</summary>
    MethodDescriptor = 1 << 5,
    /// <summary>Reported in __flags__ only (Py_TPFLAGS_HAVE_VECTORCALL); not inherited by heap types.</summary>
    Vectorcall = 1 << 6,
}
