using System.Runtime.CompilerServices;
using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Builtins;

/// <summary>Struct sequences (sys.version_info, sys.flags, os.stat_result, time.struct_time): tuple
/// subclasses with named read-only fields. As in CPython, the first <c>nSequence</c> values are the tuple's
/// items and the rest are reachable by name only (stat_result's float times, struct_time's tm_zone); a field
/// name of null is an unnamed sequence slot (stat_result's integer times 7-9).</summary>
internal static class StructSequence
{
    private static readonly Dictionary<string, PyType> types = new();

    /// <summary>The by-name-only values of an instance; a side table keeps PyTuple itself unchanged.</summary>
    private static readonly ConditionalWeakTable<PyTuple, PyObject[]> hidden = new();

    private sealed class Shape
    {
        public required string Name;
        public required string?[] Fields;
        public required int NSequence;
        public Action<PyObject[]>? FixUp;
    }

    private static readonly ConditionalWeakTable<PyType, Shape> shapes = new();

    public static PyType TypeFor(string name, string[] fields) => TypeFor(name, fields, fields.Length);

    /// <summary>The type named <paramref name="name"/> ("module.qualname"), created on first use.</summary>
    /// <param name="fixUp">Adjusts the values a Python call to the type gives (stat_result fills its float
    /// times from the integer ones).</param>
    public static PyType TypeFor(string name, string?[] fields, int nSequence, Action<PyObject[]>? fixUp = null)
    {
        lock (types)
        {
            if (types.TryGetValue(name, out var t)) return t;
            var dict = new PyDict();
            int dot = name.LastIndexOf('.');
            int unnamed = 0;
            foreach (var f in fields) if (f is null) unnamed++;
            dict.SetItem(Names.Module, PyStr.FromString(dot < 0 ? "builtins" : name[..dot]));
            dict.SetItem(StrIntern.Intern("n_fields"), PyInt.FromLong(fields.Length));
            dict.SetItem(StrIntern.Intern("n_sequence_fields"), PyInt.FromLong(nSequence));
            dict.SetItem(StrIntern.Intern("n_unnamed_fields"), PyInt.FromLong(unnamed));
            var matchArgs = new List<PyObject>();
            for (int i = 0; i < nSequence; i++) if (fields[i] is not null) matchArgs.Add(PyStr.FromString(fields[i]!));
            dict.SetItem(Names.MatchArgs, PyTuple.Wrap(matchArgs.ToArray()));
            t = PyType.CreateHeapType(PyTypes.Type, dot < 0 ? name : name[(dot + 1)..], new[] { PyTypes.Tuple }, dict, instanceDict: false);
            t.Qualname = dot < 0 ? name : name[(dot + 1)..];
            var shape = new Shape { Name = name, Fields = fields, NSequence = nSequence, FixUp = fixUp };
            shapes.Add(t, shape);
            for (int i = 0; i < fields.Length; i++)
            {
                if (fields[i] is null) continue;
                int index = i;
                Func<PyObject, PyObject> getter = index < nSequence
                    ? o => ((PyTuple)o)[index]
                    : o => hidden.TryGetValue((PyTuple)o, out var h) ? h[index - nSequence] : PyNone.Instance;
                t.Dict.SetItem(StrIntern.Intern(fields[i]!), new PyGetSetDescriptor(t, fields[i]!, getter));
            }
            t.Repr = self => Repr((PyTuple)self, shape);
            t.New = (callable, args, kwnames) => New((PyType)callable, shape, args, kwnames);
            t.Dict.SetItem(StrIntern.Intern("__reduce__"), new PyMethodDescriptor(t, "__reduce__",
                (self, args, kwnames) =>
                {
                    ArgParser.NoArgs(args, kwnames, shape.Name + ".__reduce__");
                    return Reduce((PyTuple)self!, shape);
                }));
            types[name] = t;
            return t;
        }
    }

    public static PyTuple Make(string name, string[] fields, PyObject[] values) => new(TypeFor(name, fields), values);

    /// <summary>An instance of <paramref name="type"/> (made by <see cref="TypeFor(string, string?[], int)"/>)
    /// from all its values, visible ones first.</summary>
    public static PyTuple Make(PyType type, PyObject[] values)
    {
        if (!shapes.TryGetValue(type, out var shape)) throw PyErrors.SystemError("not a struct sequence type");
        if (values.Length == shape.NSequence) return new PyTuple(type, values);
        var visible = values[..shape.NSequence];
        var t = new PyTuple(type, visible);
        hidden.Add(t, values[shape.NSequence..]);
        return t;
    }

    private static PyStr Repr(PyTuple tuple, Shape shape)
    {
        // CPython names visible values by the named fields in order, so stat_result's unnamed slots 7-9
        // print as st_atime/st_mtime/st_ctime with their integer values.
        var sb = new StringBuilder(shape.Name).Append('(');
        int field = 0;
        for (int i = 0; i < tuple.Count; i++)
        {
            while (field < shape.Fields.Length && shape.Fields[field] is null) field++;
            if (i > 0) sb.Append(", ");
            sb.Append(field < shape.Fields.Length ? shape.Fields[field] : "?").Append('=').Append(PyOps.Repr(tuple[i]).Value);
            field++;
        }
        return PyStr.FromString(sb.Append(')').ToString());
    }

    private static PyObject Reduce(PyTuple self, Shape shape)
    {
        var dict = new PyDict();
        if (hidden.TryGetValue(self, out var h))
            for (int i = 0; i < h.Length; i++)
                if (shape.Fields[shape.NSequence + i] is { } f) dict.SetItem(PyStr.FromString(f), h[i]);
        return PyTuple.Of(self.type, PyTuple.Of(PyTuple.FromSpan(self.Items), dict));
    }

    private static PyObject New(PyType type, Shape shape, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = ArgParser.Unpack(args, kwnames, shape.Name, new[] { "sequence", "dict" }, 0, 1);
        var seq = s[0]!;
        if (seq.type.Lookup("__getitem__") is null || seq is PyDict) throw PyErrors.TypeError("constructor requires a sequence");
        var items = PyOps.ToList(seq).ToArray();
        var dict = s[1] is null || s[1] == PyNone.Instance ? null : s[1] as PyDict
            ?? throw PyErrors.TypeError($"{shape.Name}() takes a dict as second arg, if any");
        int min = shape.NSequence, max = shape.Fields.Length, n = items.Length;
        if (n < min || n > max)
        {
            if (min == max) throw PyErrors.TypeError($"{shape.Name}() takes a {min}-sequence ({n}-sequence given)");
            if (n < min) throw PyErrors.TypeError($"{shape.Name}() takes an at least {min}-sequence ({n}-sequence given)");
            throw PyErrors.TypeError($"{shape.Name}() takes an at most {max}-sequence ({n}-sequence given)");
        }
        var values = new PyObject[max];
        for (int i = 0; i < max; i++)
        {
            if (i < n) { values[i] = items[i]; continue; }
            var f = shape.Fields[i];
            values[i] = (f is not null ? dict?.GetItemOrNull(PyStr.FromString(f)) : null) ?? PyNone.Instance;
        }
        shape.FixUp?.Invoke(values);
        return Make(type, values);
    }
}
