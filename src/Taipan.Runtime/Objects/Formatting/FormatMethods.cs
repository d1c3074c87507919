using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

// The __format__ methods of the builtin number and text types, kept with the formatting code
// (partial classes: the binding generator sees them as members of the types).

internal sealed partial class PyInt
{
    [PyMethod]
    internal PyObject __format__(PyObject format_spec) =>
        IntFormat.Format(this, format_spec as PyStr ?? throw PyErrors.TypeError($"__format__() argument must be str, not {format_spec.type.Name}"));
}

internal sealed partial class PyFloat
{
    [PyMethod]
    internal PyObject __format__(PyObject format_spec) =>
        FloatFormat.Format(this, Value, format_spec as PyStr ?? throw PyErrors.TypeError($"__format__() argument must be str, not {format_spec.type.Name}"));
}

internal sealed partial class PyStr
{
    [PyMethod]
    internal PyObject __format__(PyObject format_spec) =>
        StrFormat.Format(this, format_spec as PyStr ?? throw PyErrors.TypeError($"__format__() argument must be str, not {format_spec.type.Name}"));

    [PyMethod]
    internal PyObject format(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nk = kwnames?.Count ?? 0;
        int np = args.Length - nk;
        PyDict? kwargs = null;
        if (nk > 0)
        {
            kwargs = new PyDict();
            for (int i = 0; i < nk; i++) kwargs.SetItem(kwnames![i], args[np + i]);
        }
        return FormatString.Format(this, PyTuple.FromSpan(args.Slice(0, np)), kwargs);
    }

    [PyMethod]
    internal PyObject format_map(PyObject mapping) => FormatString.FormatMap(this, mapping);
}

internal sealed partial class PyComplex
{
    [PyMethod]
    internal PyObject __format__(PyObject format_spec) =>
        ComplexFormat.Format(this, Real, Imag, format_spec as PyStr ?? throw PyErrors.TypeError($"__format__() argument must be str, not {format_spec.type.Name}"));
}
