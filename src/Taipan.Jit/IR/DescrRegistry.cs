namespace Taipan.Jit.IR;

/// <summary>Names for descrs and reference constants, so that traces can be written as text.</summary>
public sealed class DescrRegistry
{
    readonly Dictionary<string, Descr> descrs = new();
    readonly Dictionary<string, object> consts = new();

    public DescrRegistry Add(Descr d)
    {
        descrs[d.Name] = d;
        if (d is ClassDescr c) foreach (var f in c.Fields) descrs[f.Name] = f;
        return this;
    }

    public DescrRegistry AddClass(Type t) => Add(ClassDescr.Of(t));
    public DescrRegistry AddConst(string name, object value) { consts[name] = value; return this; }

    public Descr Lookup(string name)
    {
        if (descrs.TryGetValue(name, out var d)) return d;
        return name switch
        {
            "long[]" => ArrayDescr.Of(typeof(long[])),
            "double[]" => ArrayDescr.Of(typeof(double[])),
            "object[]" => ArrayDescr.Of(typeof(object[])),
            _ => throw new FormatException($"unknown descr {name}"),
        };
    }

    public object LookupConst(string name) =>
        consts.TryGetValue(name, out var v) ? v : throw new FormatException($"unknown constant {name}");

    public string? NameOfConst(object value)
    {
        foreach (var kv in consts) if (ReferenceEquals(kv.Value, value)) return kv.Key;
        return null;
    }
}
