using Taipan.Jit.IR;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Jit;

/// <summary>
/// LOAD_ATTR / STORE_ATTR on instances of Python classes, recorded as guards and field loads instead of a
/// residual call: a `__slots__` member is Members[i] of an instance of exactly this class (its version pins
/// the member descriptor); a map attribute is Values[i] under this map (and class version: no data
/// descriptor may shadow it). The guards come before the instruction's effects, so a failing one resumes
/// at the instruction and the interpreter runs it.
/// </summary>
internal sealed partial class PyJit
{
    static readonly ClassDescr InstanceClassA = ClassDescr.Of(typeof(PyInstance));
    static readonly FieldDescr InstanceMembers = InstanceClassA.Field(nameof(PyInstance.Members));
    static readonly FieldDescr InstanceMapF = InstanceClassA.Field(nameof(PyInstance.Map));
    static readonly FieldDescr InstanceValues = InstanceClassA.Field(nameof(PyInstance.Values));

    /// <summary>Where the attribute lives for the concrete object: (true, index) a member, (false, index) a
    /// map slot; index -1 when neither applies (the caller records the residual call).</summary>
    static int InstanceAttrIndex(PyObject o, PyStr name, bool store, out bool member)
    {
        member = false;
        if (o is not PyInstance inst) return -1;
        var ty = o.type;
        if (store ? !ReferenceEquals(ty.SetAttr, ObjectAttributes.GenericSetAttr) : !ReferenceEquals(ty.GetAttr, ObjectAttributes.GenericGetAttr)) return -1;
        var descr = ty.Lookup(name.Value);
        if (descr is PyMemberDescriptor { NativeGetter: null, Index: >= 0 } md)
        {
            if (inst.Members is not { } m || md.Index >= m.Length || (!store && m[md.Index] is null)) return -1;
            member = true;
            return md.Index;
        }
        if (descr is not null && descr.type.DescrSet is not null) return -1;
        if (inst.Map is not { } map) return -1;
        int i = map.Find(name);
        if (i < 0 || inst.Values[i] is null) return -1;
        return i;
    }

    /// <summary>The storage array of the attribute, after the guards that make the index valid.</summary>
    Value GuardedAttrArray(Value t, PyInstance inst, bool member)
    {
        GuardInstanceOf(t, inst.type, version: true);
        if (member) return rec.GetField(t, InstanceMembers);
        rec.Promote(rec.GetField(t, InstanceMapF), (object)inst.Map!);
        return rec.GetField(t, InstanceValues);
    }

    /// <summary>LOAD_ATTR of s[sp-1] inline, or false (nothing recorded).</summary>
    bool RecordInstanceLoad(PyObject o, PyStr name, int sp)
    {
        int i = InstanceAttrIndex(o, name, store: false, out bool member);
        if (i < 0) return false;
        var t = S(sp - 1);
        var arr = GuardedAttrArray(t, (PyInstance)o, member);
        var v = rec.GetArrayItem(arr, Int(i), ObjectArray);
        // null: never set, or deleted (a map slot is only cleared by going to dict mode, which the map guard sees)
        rec.GuardNull(v, false);
        nonNull.Add(v);
        Set(sp - 1, v);
        return true;
    }

    /// <summary>STORE_ATTR (object s[sp-1], value s[sp-2]) inline, or false (nothing recorded).</summary>
    bool RecordInstanceStore(PyObject o, PyStr name, int sp)
    {
        int i = InstanceAttrIndex(o, name, store: true, out bool member);
        if (i < 0) return false;
        var arr = GuardedAttrArray(S(sp - 1), (PyInstance)o, member);
        rec.SetArrayItem(arr, Int(i), S(sp - 2), ObjectArray);
        return true;
    }
}
