using System.Reflection;
using System.Runtime.CompilerServices;

namespace Taipan.Jit.IR;

/// <summary>Describes what an op touches: a class, a field, an array type or a called method.</summary>
public abstract class Descr
{
    public abstract string Name { get; }
    public override string ToString() => Name;
}

/// <summary>A class whose instances the trace may allocate or guard on (the exact CLR type).</summary>
public sealed class ClassDescr : Descr
{
    static readonly Dictionary<Type, ClassDescr> Cache = new();
    public readonly Type Type;
    /// <summary>Instance fields of kinds the IR knows (long, double, references); virtuals have these slots.</summary>
    public readonly FieldDescr[] Fields;
    public override string Name => Type.Name;

    ClassDescr(Type t)
    {
        Type = t;
        var list = new List<FieldDescr>();
        for (var c = t; c != null && c != typeof(object); c = c.BaseType)
            foreach (var f in c.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                if (f.FieldType == typeof(long) || f.FieldType == typeof(double) || !f.FieldType.IsValueType)
                    list.Add(new FieldDescr(this, f, list.Count));
        Fields = list.ToArray();
    }

    public static ClassDescr Of(Type t)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(t, out var d)) Cache[t] = d = new ClassDescr(t);
            return d;
        }
    }

    public FieldDescr Field(string name)
    {
        foreach (var f in Fields) if (f.Field.Name == name) return f;
        throw new ArgumentException($"{Type.Name} has no traceable field {name}");
    }

    Func<object>? allocator;

    /// <summary>
    /// Allocation as a trace's `new` does it: the parameterless constructor if there is one (private is fine),
    /// else no constructor at all; fields are set afterwards. GetUninitializedObject costs ~100 ns, so
    /// the newobj path is compiled once (deopt materialises virtuals with it).
    /// </summary>
    public object Allocate() => (allocator ??= MakeAllocator())();

    Func<object> MakeAllocator()
    {
        var ctor = Type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);
        if (ctor == null) return () => RuntimeHelpers.GetUninitializedObject(Type);
        var dm = new System.Reflection.Emit.DynamicMethod("new_" + Type.Name, typeof(object), Type.EmptyTypes, typeof(ClassDescr).Module, true);
        var il = dm.GetILGenerator();
        il.Emit(System.Reflection.Emit.OpCodes.Newobj, ctor);
        il.Emit(System.Reflection.Emit.OpCodes.Ret);
        return (Func<object>)dm.CreateDelegate(typeof(Func<object>));
    }
}

/// <summary>A field of a class. Immutable (readonly) fields may be cached across loop iterations.</summary>
public sealed class FieldDescr : Descr
{
    public readonly ClassDescr Owner;
    public readonly FieldInfo Field;
    public readonly int Index;
    public readonly Kind Kind;
    public readonly bool Immutable;
    public override string Name => Owner.Name + "." + Field.Name;

    Action<object, object?>? setter;

    /// <summary>Stores a boxed value into the field (used when virtuals are materialised on guard failure).</summary>
    public void SetBoxed(object obj, object? value) => (setter ??= MakeSetter())(obj, value);

    // reflection's FieldInfo.SetValue costs ~100 ns; a small DynamicMethod makes deopt cheaper
    Action<object, object?> MakeSetter()
    {
        var dm = new System.Reflection.Emit.DynamicMethod("set_" + Field.Name, typeof(void), new[] { typeof(object), typeof(object) }, typeof(FieldDescr).Module, true);
        var il = dm.GetILGenerator();
        il.Emit(System.Reflection.Emit.OpCodes.Ldarg_0);
        il.Emit(System.Reflection.Emit.OpCodes.Ldarg_1);
        if (Field.FieldType.IsValueType) il.Emit(System.Reflection.Emit.OpCodes.Unbox_Any, Field.FieldType);
        il.Emit(System.Reflection.Emit.OpCodes.Stfld, Field);
        il.Emit(System.Reflection.Emit.OpCodes.Ret);
        return (Action<object, object?>)dm.CreateDelegate(typeof(Action<object, object?>));
    }

    Action<object, long>? intSetter;
    Action<object, double>? floatSetter;
    Action<object, object?>? refSetter;

    // Materialising a virtual at a guard exit stores its fields without boxing (SetBoxed costs a box per int/float field).
    public void SetInt(object obj, long value) => (intSetter ??= MakeTypedSetter<long>())(obj, value);
    public void SetFloat(object obj, double value) => (floatSetter ??= MakeTypedSetter<double>())(obj, value);
    public void SetRef(object obj, object? value) => (refSetter ??= MakeTypedSetter<object?>())(obj, value);

    Action<object, T> MakeTypedSetter<T>()
    {
        var dm = new System.Reflection.Emit.DynamicMethod("set_" + Field.Name, typeof(void), new[] { typeof(object), typeof(T) }, typeof(FieldDescr).Module, true);
        var il = dm.GetILGenerator();
        il.Emit(System.Reflection.Emit.OpCodes.Ldarg_0);
        il.Emit(System.Reflection.Emit.OpCodes.Ldarg_1);
        il.Emit(System.Reflection.Emit.OpCodes.Stfld, Field);
        il.Emit(System.Reflection.Emit.OpCodes.Ret);
        return (Action<object, T>)dm.CreateDelegate(typeof(Action<object, T>));
    }

    internal FieldDescr(ClassDescr owner, FieldInfo f, int index)
    {
        Owner = owner;
        Field = f;
        Index = index;
        Kind = KindExtensions.OfClrType(f.FieldType);
        Immutable = f.IsInitOnly;
    }
}

/// <summary>An array type: long[], double[] or an array of references.</summary>
public sealed class ArrayDescr : Descr
{
    static readonly Dictionary<Type, ArrayDescr> Cache = new();
    public readonly Type ArrayType;
    public readonly Type ItemType;
    public readonly Kind ItemKind;
    public override string Name => ItemType.Name switch { "Int64" => "long[]", "Double" => "double[]", "Object" => "object[]", var n => n + "[]" };

    ArrayDescr(Type arrayType)
    {
        ArrayType = arrayType;
        ItemType = arrayType.GetElementType()!;
        ItemKind = KindExtensions.OfClrType(ItemType);
    }

    public static ArrayDescr Of(Type arrayType)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(arrayType, out var d)) Cache[arrayType] = d = new ArrayDescr(arrayType);
            return d;
        }
    }
}

/// <summary>A static C# method called from a trace: residual (call) or elidable (call_pure).</summary>
public sealed class CallDescr : Descr
{
    public readonly MethodInfo Method;
    public readonly Kind Result;
    public readonly Kind[] ArgKinds;
    /// <summary>Same arguments give the same result and nothing observable happens: may be folded, CSE'd, removed.</summary>
    public readonly bool Elidable;
    /// <summary>May throw: the call is followed by guard_no_exception.</summary>
    public readonly bool CanRaise;
    public override string Name => Method.DeclaringType!.Name + "." + Method.Name;

    public CallDescr(MethodInfo method, bool elidable = false, bool canRaise = true)
    {
        if (!method.IsStatic) throw new ArgumentException("trace calls go to static methods");
        Method = method;
        Result = KindExtensions.OfClrType(method.ReturnType);
        var ps = method.GetParameters();
        ArgKinds = new Kind[ps.Length];
        for (int i = 0; i < ps.Length; i++) ArgKinds[i] = KindExtensions.OfClrType(ps[i].ParameterType);
        Elidable = elidable;
        CanRaise = canRaise;
    }

    public static CallDescr Of(Type type, string method, bool elidable = false, bool canRaise = true) =>
        new(type.GetMethod(method, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new ArgumentException($"{type.Name}.{method} not found"), elidable, canRaise);
}
