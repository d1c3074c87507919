using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;

namespace Taipan.Runtime.Objects;

/// <summary>
/// Builtin types of the execution machinery (functions, frames, generators, descriptors, builtin
/// iterators). Kept apart from <see cref="PyTypes"/> (the value types) so each file stays one concept;
/// created while PyTypes bootstraps (see <see cref="BuiltinTypeSlots.Install"/>).
/// </summary>
internal static class RuntimeTypes
{
    public static readonly PyType Code, Function, Method, Cell, Module, Frame, Traceback,
        Generator, Coroutine, AsyncGenerator, CoroutineWrapper, AsyncGenASend, AsyncGenAThrow, AsyncGenWrappedValue,
        Property, ClassMethod, StaticMethod, Super, MemberDescriptor, MappingProxy,
        Enumerate, Zip, Map, Filter, Reversed, CallableIterator, UnionType, GenericAlias, NamespaceProxy, ANextAwaitable;

    static RuntimeTypes()
    {
        const TypeFlags Sub = TypeFlags.BaseType;
        Code = Leaf("code");
        Function = Leaf("function");
        Method = Leaf("method");
        Cell = Leaf("cell");
        Module = PyType.CreateBuiltin(PyTypes.Type, "module", PyTypes.Object, Sub, PyTypes.OtherLayout + 1);
        Frame = Leaf("frame");
        Traceback = Leaf("traceback");
        Generator = Leaf("generator");
        Coroutine = Leaf("coroutine");
        AsyncGenerator = Leaf("async_generator");
        CoroutineWrapper = Leaf("coroutine_wrapper");
        AsyncGenASend = Leaf("async_generator_asend");
        AsyncGenAThrow = Leaf("async_generator_athrow");
        AsyncGenWrappedValue = Leaf("async_generator_wrapped_value");
        Property = PyType.CreateBuiltin(PyTypes.Type, "property", PyTypes.Object, Sub, PyTypes.OtherLayout + 2);
        ClassMethod = PyType.CreateBuiltin(PyTypes.Type, "classmethod", PyTypes.Object, Sub, PyTypes.OtherLayout + 3);
        StaticMethod = PyType.CreateBuiltin(PyTypes.Type, "staticmethod", PyTypes.Object, Sub, PyTypes.OtherLayout + 4);
        Super = PyType.CreateBuiltin(PyTypes.Type, "super", PyTypes.Object, Sub, PyTypes.OtherLayout + 5);
        MemberDescriptor = Leaf("member_descriptor");
        MappingProxy = Leaf("mappingproxy");
        Enumerate = PyType.CreateBuiltin(PyTypes.Type, "enumerate", PyTypes.Object, Sub, PyTypes.OtherLayout + 6);
        Zip = Leaf("zip");
        Map = PyType.CreateBuiltin(PyTypes.Type, "map", PyTypes.Object, Sub, PyTypes.OtherLayout + 7);
        Filter = PyType.CreateBuiltin(PyTypes.Type, "filter", PyTypes.Object, Sub, PyTypes.OtherLayout + 8);
        Reversed = PyType.CreateBuiltin(PyTypes.Type, "reversed", PyTypes.Object, Sub, PyTypes.OtherLayout + 9);
        CallableIterator = Leaf("callable_iterator");
        UnionType = Leaf("types.UnionType");
        GenericAlias = PyType.CreateBuiltin(PyTypes.Type, "types.GenericAlias", PyTypes.Object, Sub, 255); // subclassed by _collections_abc
        NamespaceProxy = PyType.CreateBuiltin(PyTypes.Type, "types.SimpleNamespace", PyTypes.Object, Sub, PyTypes.OtherLayout + 10);
        ANextAwaitable = Leaf("anext_awaitable");
        // what CPython 3.11's __flags__ say of these (test_call checks them)
        Function.Flags |= TypeFlags.MethodDescriptor | TypeFlags.Vectorcall;
        Method.Flags |= TypeFlags.Vectorcall;
        GenericAlias.Flags |= TypeFlags.Vectorcall;
    }

    private static PyType Leaf(string name) => PyType.CreateBuiltin(PyTypes.Type, name, PyTypes.Object, TypeFlags.None, PyTypes.OtherLayout);

    /// <summary>Fills the slots of these types; called from BuiltinTypeSlots.Install before inheritance.</summary>
    internal static void InitAll()
    {
        PyCode.InitType(Code);
        PyFunction.InitType(Function);
        PyBoundMethod.InitType(Method);
        PyCell.InitType(Cell);
        PyModule.InitType(Module);
        Interpreter.Frame.InitType(Frame);
        PyTraceback.InitType(Traceback);
        PyGenerator.InitTypes(Generator, Coroutine, AsyncGenerator, CoroutineWrapper);
        AsyncGenOps.InitTypes(AsyncGenASend, AsyncGenAThrow, AsyncGenWrappedValue);
        PyProperty.InitType(Property);
        PyClassMethod.InitType(ClassMethod);
        PyStaticMethod.InitType(StaticMethod);
        PySuper.InitType(Super);
        PyMemberDescriptor.InitType(MemberDescriptor);
        PyMappingProxy.InitType(MappingProxy);
        BuiltinIterators.InitTypes();
        Builtins.UnionType.InitType(UnionType);
        Builtins.GenericAlias.InitType(GenericAlias);
        SimpleNamespace.InitType(NamespaceProxy);
        Interpreter.ANextAwaitable.InitType(ANextAwaitable);
    }
}
