using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Sre;

/// <summary>_sre.SRE_Scanner: successive matches over one subject (what finditer iterates).</summary>
[PyType("_sre.SRE_Scanner")]
internal sealed partial class SreScanner : PyObject
{
    public static readonly PyType ScannerType = CreateType();

    private readonly SrePattern pat;
    private readonly SreState state;
    private bool exhausted;
    /// <summary>Holds the subject's buffer while the scanner lives, as CPython's scanner state does: a
    /// bytearray being scanned cannot be resized (BufferError) until the scanner is collected.</summary>
    private readonly PyMemoryView? export;

    public SreScanner(SrePattern pattern, SreState state, PyObject subject) : base(ScannerType)
    {
        pat = pattern;
        this.state = state;
        if (subject is PyByteArray or IBufferExporter) export = PyMemoryView.Of(subject);
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin(PyTypes.Type, "_sre.SRE_Scanner", PyTypes.Object, TypeFlags.None, SreLayouts.Scanner);
        t.Dict.type = PyTypes.Dict;
        t.GetAttr = PyOps.GenericGetAttr;
        t.Hash = PyHash.HashIdentity;
        InstallPyBindings(t);
        SlotWrappers.Install(t);
        return t;
    }

    [PyGetter] public PyObject pattern => pat;

    [PyMethod]
    public PyObject match() => Next(search: false);

    [PyMethod]
    public PyObject search() => Next(search: true);

    private PyObject Next(bool search)
    {
        if (exhausted) return PyNone.Instance;
        var st = state;
        st.Reset();
        st.Ptr = st.Start;
        bool found = search ? st.Search() : st.Match(true);
        var m = SreMatch.FromState(pat, st, found);
        if (!found) exhausted = true;
        else
        {
            st.MustAdvance = st.Ptr == st.Start;
            st.Start = st.Ptr;
        }
        return m;
    }
}
