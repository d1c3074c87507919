using Taipan.Runtime.Objects;

namespace Taipan.Modules.Io;

/// <summary>The __dict__ part of BytesIO's and StringIO's pickled state.</summary>
internal static class IoState
{
    /// <summary>A copy of the instance dict, or None when it has none.</summary>
    public static PyObject DictCopy(PyIOBase o)
    {
        if (o.GetDict(create: false) is not { } d) return PyNone.Instance;
        var copy = new PyDict();
        copy.MergeFrom(d);
        return copy;
    }

    /// <summary>Updates the instance dict from the state's dict item (None leaves it as it is).</summary>
    public static void RestoreDict(PyIOBase o, PyObject state, string ordinal)
    {
        if (state is PyNone) return;
        if (state is not PyDict d) throw PyErrors.TypeError($"{ordinal} item of state should be a dict, got a {state.type.Name}");
        o.GetDict(create: true)!.MergeFrom(d);
    }
}
