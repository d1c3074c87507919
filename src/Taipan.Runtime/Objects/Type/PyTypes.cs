namespace Taipan.Runtime.Objects;

/// <summary>
/// The builtin type objects. They are immutable and shared by all interpreters, as CPython's
/// static types are. Bootstrap order matters: every field is assigned before any type's
/// slots and methods are installed, so instance constructors (which read these fields) work
/// even when a type's own static constructor triggered this one.
/// </summary>
internal static class PyTypes
{
    // Layout ids: which C# class holds the instances (for best-base / lay-out conflicts).
    internal const int ObjectLayout = 0, TypeLayout = 1, IntLayout = 2, FloatLayout = 3, StrLayout = 4,
        TupleLayout = 5, ListLayout = 6, DictLayout = 7, SetLayout = 8, FrozenSetLayout = 9,
        ExceptionLayout = 10, OtherLayout = 11,
        // Variable-size layouts (CPython's tp_itemsize != 0) refuse nonempty __slots__ in subclasses.
        BytesLayout = 100;
    // Exceptions whose instances carry extra fields (CPython's Py*ErrorObject structs; Objects/Exception/).
    internal const int StopIterationLayout = 12, SystemExitLayout = 13, ImportErrorLayout = 14, NameErrorLayout = 15,
        OSErrorLayout = 16, SyntaxErrorLayout = 17, UnicodeErrorLayout = 18, ExceptionGroupLayout = 19;
    internal const int ComplexLayout = 20;

    public static readonly PyType Type, Object;
    public static readonly PyType NoneType, NotImplementedType, EllipsisType;
    public static readonly PyType Int, Bool, Float, Str, Tuple, List, Dict, Set, FrozenSet, Range, Slice;
    public static readonly PyType Complex;
    public static readonly PyType ListIterator, TupleIterator, StrIterator, StrAsciiIterator, SetIterator,
        RangeIterator, SeqIterator, DictKeyIterator, DictValueIterator, DictItemIterator, DictKeys, DictValues, DictItems,
        DictReverseKeyIterator, DictReverseValueIterator, DictReverseItemIterator, ListReverseIterator, RangeLongIterator;
    public static readonly PyType BuiltinFunction, MethodDescriptor, GetSetDescriptor, ClassMethodDescriptor, WrapperDescriptor, MethodWrapper;

    public static readonly PyType BaseException, Exception, TypeError, ValueError, ArithmeticError,
        ZeroDivisionError, OverflowError, LookupError, IndexError, KeyError, AttributeError, RuntimeError,
        RecursionError, NotImplementedError, StopIteration, SystemError, MemoryError, NameError,
        UnicodeError, AssertionError;
    // Needed by the interpreter loop itself (the rest of the hierarchy lives with the exceptions).
    public static readonly PyType StopAsyncIteration, UnboundLocalError, ImportError, ModuleNotFoundError,
        KeyboardInterrupt, SystemExit, GeneratorExit, SyntaxError, IndentationError, TabError, EOFError, OSError,
        FloatingPointError, BufferError, ReferenceError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError,
        BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
        ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError,
        IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError,
        Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning,
        FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning,
        BaseExceptionGroup, ExceptionGroup;

    static PyTypes()
    {
        const TypeFlags Sub = TypeFlags.BaseType;
        Type = PyType.CreateBuiltin(null, "type", null, Sub, TypeLayout);
        Type.SetMetatype(Type);
        Object = PyType.CreateBuiltin(Type, "object", null, Sub, ObjectLayout);
        // type's base is object; fix the bootstrap cycle.
        Type.Base = Object;
        Type.Bases = new[] { Object };
        Type.Mro = new[] { Type, Object };
        Object.AddSubclass(Type);

        NoneType = Leaf("NoneType");
        NotImplementedType = Leaf("NotImplementedType");
        EllipsisType = Leaf("ellipsis");
        Int = PyType.CreateBuiltin(Type, "int", Object, Sub, IntLayout);
        Bool = PyType.CreateBuiltin(Type, "bool", Int, TypeFlags.None, IntLayout);
        Float = PyType.CreateBuiltin(Type, "float", Object, Sub, FloatLayout);
        Complex = PyType.CreateBuiltin(Type, "complex", Object, Sub, ComplexLayout);
        Str = PyType.CreateBuiltin(Type, "str", Object, Sub, StrLayout);
        Tuple = PyType.CreateBuiltin(Type, "tuple", Object, Sub, TupleLayout);
        List = PyType.CreateBuiltin(Type, "list", Object, Sub, ListLayout);
        Dict = PyType.CreateBuiltin(Type, "dict", Object, Sub, DictLayout);
        Set = PyType.CreateBuiltin(Type, "set", Object, Sub, SetLayout);
        FrozenSet = PyType.CreateBuiltin(Type, "frozenset", Object, Sub, FrozenSetLayout);
        Range = Leaf("range");
        Slice = Leaf("slice");
        ListIterator = Leaf("list_iterator");
        TupleIterator = Leaf("tuple_iterator");
        StrIterator = Leaf("str_iterator");
        StrAsciiIterator = Leaf("str_ascii_iterator");
        SetIterator = Leaf("set_iterator");
        RangeIterator = Leaf("range_iterator");
        SeqIterator = Leaf("iterator");
        DictKeyIterator = Leaf("dict_keyiterator");
        DictValueIterator = Leaf("dict_valueiterator");
        DictItemIterator = Leaf("dict_itemiterator");
        DictReverseKeyIterator = Leaf("dict_reversekeyiterator");
        DictReverseValueIterator = Leaf("dict_reversevalueiterator");
        DictReverseItemIterator = Leaf("dict_reverseitemiterator");
        ListReverseIterator = Leaf("list_reverseiterator");
        RangeLongIterator = Leaf("longrange_iterator");
        DictKeys = Leaf("dict_keys");
        DictValues = Leaf("dict_values");
        DictItems = Leaf("dict_items");
        BuiltinFunction = Leaf("builtin_function_or_method");
        MethodDescriptor = Leaf("method_descriptor");
        GetSetDescriptor = Leaf("getset_descriptor");
        ClassMethodDescriptor = Leaf("classmethod_descriptor");
        WrapperDescriptor = Leaf("wrapper_descriptor");
        MethodWrapper = Leaf("method-wrapper");
        // what CPython 3.11's __flags__ say of these (test_call checks them)
        Type.Flags |= TypeFlags.Vectorcall;
        BuiltinFunction.Flags |= TypeFlags.Vectorcall;
        MethodDescriptor.Flags |= TypeFlags.MethodDescriptor | TypeFlags.Vectorcall;
        WrapperDescriptor.Flags |= TypeFlags.MethodDescriptor;

        BaseException = PyType.CreateBuiltin(Type, "BaseException", Object, Sub | TypeFlags.HasInstanceDict, ExceptionLayout);
        Exception = Exc("Exception", BaseException);
        TypeError = Exc("TypeError", Exception);
        ValueError = Exc("ValueError", Exception);
        ArithmeticError = Exc("ArithmeticError", Exception);
        ZeroDivisionError = Exc("ZeroDivisionError", ArithmeticError);
        OverflowError = Exc("OverflowError", ArithmeticError);
        LookupError = Exc("LookupError", Exception);
        IndexError = Exc("IndexError", LookupError);
        KeyError = Exc("KeyError", LookupError);
        AttributeError = Exc("AttributeError", Exception, NameErrorLayout);
        RuntimeError = Exc("RuntimeError", Exception);
        RecursionError = Exc("RecursionError", RuntimeError);
        NotImplementedError = Exc("NotImplementedError", RuntimeError);
        StopIteration = Exc("StopIteration", Exception, StopIterationLayout);
        SystemError = Exc("SystemError", Exception);
        MemoryError = Exc("MemoryError", Exception);
        NameError = Exc("NameError", Exception, NameErrorLayout);
        UnicodeError = Exc("UnicodeError", ValueError);
        AssertionError = Exc("AssertionError", Exception);
        StopAsyncIteration = Exc("StopAsyncIteration", Exception);
        UnboundLocalError = Exc("UnboundLocalError", NameError, NameErrorLayout);
        ImportError = Exc("ImportError", Exception, ImportErrorLayout);
        ModuleNotFoundError = Exc("ModuleNotFoundError", ImportError, ImportErrorLayout);
        KeyboardInterrupt = Exc("KeyboardInterrupt", BaseException);
        SystemExit = Exc("SystemExit", BaseException, SystemExitLayout);
        GeneratorExit = Exc("GeneratorExit", BaseException);
        SyntaxError = Exc("SyntaxError", Exception, SyntaxErrorLayout);
        IndentationError = Exc("IndentationError", SyntaxError, SyntaxErrorLayout);
        TabError = Exc("TabError", IndentationError, SyntaxErrorLayout);
        EOFError = Exc("EOFError", Exception);
        OSError = Exc("OSError", Exception, OSErrorLayout);
        FloatingPointError = Exc("FloatingPointError", ArithmeticError);
        BufferError = Exc("BufferError", Exception);
        ReferenceError = Exc("ReferenceError", Exception);
        UnicodeDecodeError = Exc("UnicodeDecodeError", UnicodeError, UnicodeErrorLayout);
        UnicodeEncodeError = Exc("UnicodeEncodeError", UnicodeError, UnicodeErrorLayout);
        UnicodeTranslateError = Exc("UnicodeTranslateError", UnicodeError, UnicodeErrorLayout);
        BlockingIOError = Exc("BlockingIOError", OSError, OSErrorLayout);
        ChildProcessError = Exc("ChildProcessError", OSError, OSErrorLayout);
        ConnectionError = Exc("ConnectionError", OSError, OSErrorLayout);
        BrokenPipeError = Exc("BrokenPipeError", ConnectionError, OSErrorLayout);
        ConnectionAbortedError = Exc("ConnectionAbortedError", ConnectionError, OSErrorLayout);
        ConnectionRefusedError = Exc("ConnectionRefusedError", ConnectionError, OSErrorLayout);
        ConnectionResetError = Exc("ConnectionResetError", ConnectionError, OSErrorLayout);
        FileExistsError = Exc("FileExistsError", OSError, OSErrorLayout);
        FileNotFoundError = Exc("FileNotFoundError", OSError, OSErrorLayout);
        InterruptedError = Exc("InterruptedError", OSError, OSErrorLayout);
        IsADirectoryError = Exc("IsADirectoryError", OSError, OSErrorLayout);
        NotADirectoryError = Exc("NotADirectoryError", OSError, OSErrorLayout);
        PermissionError = Exc("PermissionError", OSError, OSErrorLayout);
        ProcessLookupError = Exc("ProcessLookupError", OSError, OSErrorLayout);
        TimeoutError = Exc("TimeoutError", OSError, OSErrorLayout);
        Warning = Exc("Warning", Exception);
        UserWarning = Exc("UserWarning", Warning);
        DeprecationWarning = Exc("DeprecationWarning", Warning);
        PendingDeprecationWarning = Exc("PendingDeprecationWarning", Warning);
        SyntaxWarning = Exc("SyntaxWarning", Warning);
        RuntimeWarning = Exc("RuntimeWarning", Warning);
        FutureWarning = Exc("FutureWarning", Warning);
        ImportWarning = Exc("ImportWarning", Warning);
        UnicodeWarning = Exc("UnicodeWarning", Warning);
        BytesWarning = Exc("BytesWarning", Warning);
        ResourceWarning = Exc("ResourceWarning", Warning);
        EncodingWarning = Exc("EncodingWarning", Warning);
        BaseExceptionGroup = Exc("BaseExceptionGroup", BaseException, ExceptionGroupLayout);
        ExceptionGroup = Exc("ExceptionGroup", BaseExceptionGroup, ExceptionGroupLayout); // second base added by PyBaseExceptionGroup

        // Every field is set: now slots and generated method tables.
        StartupTrace.Mark("builtin types created");
        BuiltinTypeSlots.Install();
        StartupTrace.Mark("builtin type slots installed");
    }

    private static PyType Leaf(string name) => PyType.CreateBuiltin(Type, name, Object, TypeFlags.None, OtherLayout);

    private static PyType Exc(string name, PyType @base, int layout = ExceptionLayout) =>
        PyType.CreateBuiltin(Type, name, @base, TypeFlags.BaseType | TypeFlags.HasInstanceDict, layout);
}
